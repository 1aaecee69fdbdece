package org.integritygraph.document;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.document.SeedDocuments.Fact;
import org.integritygraph.document.SeedDocuments.Score;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser on the two seed documents and on small fixtures of the edge cases, against expected
 * values written by reading the documents (src/test/resources/document/*.expected.tsv, *.tasks.tsv).
 * No database.
 */
class PolicyDocumentParserTest {

	@Test
	void zhongwei_metadataOfTheNotice() {
		var document = SeedDocuments.parse(SeedDocuments.ZHONGWEI);

		assertThat(document.docNo()).isEqualTo("卫政办发〔2018〕175号");
		assertThat(document.title()).isEqualTo("市人民政府办公室关于印发中卫市加强政务诚信建设实施方案的通知");
		assertThat(document.issuerName()).isEqualTo("中卫市人民政府办公室");
		assertThat(document.issuedOn()).isEqualTo(LocalDate.of(2018, 11, 20));
		assertThat(document.traditional()).isFalse();
		assertThat(document.text()).as("as published, en spaces included").startsWith("索\u2002引\u2002号:")
			.contains("10.加强政府和社会资本合作领域政务诚信建设。")
			.doesNotContain("扫一扫在手机上查看当前页面", "当前位置");
	}

	@Test
	void zhongwei_structureAndEveryTask() {
		var document = SeedDocuments.parse(SeedDocuments.ZHONGWEI);

		assertThat(document.parts()).extracting(ParsedDocument.Part::heading)
			.containsExactly("一、总体要求", "二、重点任务", "三、健全保障措施");
		assertThat(document.parts().get(1).sections()).containsExactly("(一)构建广泛有效的政务诚信监督体系",
				"(二)建立健全政务信用管理体系", "(三)加强重点领域政务诚信建设");
		assertTasks(document, "document/seed-000-zhongwei.tasks.tsv");
		var ppp = document.tasks().get(9);
		assertThat(ppp.part()).isEqualTo("二、重点任务");
		assertThat(ppp.text()).startsWith("加强政府和社会资本合作领域政务诚信建设。强化政府有关部门责任")
			.endsWith("(牵头单位:市发展和改革委员会、市财政局,配合单位:市直各有关部门;各县〈区〉人民政府按职责分工负责)");
	}

	@Test
	void zhongwei_everyUnitOfEveryTask_precisionAndRecall100() {
		assertUnits(SeedDocuments.ZHONGWEI, "document/seed-000-zhongwei.expected.tsv");
	}

	@Test
	void jieyang_metadataOfTheNotice_inMarkdown() {
		var document = SeedDocuments.parse(SeedDocuments.JIEYANG);

		assertThat(document.docNo()).isEqualTo("揭府〔2018〕38号");
		assertThat(document.title()).isEqualTo("揭阳市人民政府关于印发揭阳市加强政务系统诚信建设工作方案的通知");
		assertThat(document.issuerName()).isEqualTo("揭阳市人民政府");
		assertThat(document.issuedOn()).isEqualTo(LocalDate.of(2018, 7, 23));
		assertThat(document.text()).doesNotContain("##");
	}

	@Test
	void jieyang_itemsRestartInEverySection_andSectionsWithTheirOwnAssignmentsAreTasks() {
		var document = SeedDocuments.parse(SeedDocuments.JIEYANG);

		assertTasks(document, "document/seed-001-jieyang.tasks.tsv");
		assertThat(document.parts()).extracting(ParsedDocument.Part::heading)
			.containsExactly("一、指导思想", "二、基本原则", "三、工作措施", "四、落实保障措施");
	}

	@Test
	void jieyang_linesBrokenMidSentence_areJoinedWithoutASpace() {
		var tasks = SeedDocuments.parse(SeedDocuments.JIEYANG).tasks();

		assertThat(task(tasks, "3.2.1").text()).contains("各部门要率先垂范");
		assertThat(task(tasks, "3.2.4").text()).contains("负责）按照省的工作部署");
		assertThat(task(tasks, "3.3.5").text()).contains("医疗药品和器械");
		assertThat(task(tasks, "3.2.3").dueOn()).as("到2020年").isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(task(tasks, "4.4").units()).as("加强督促检查 assigns no unit").isEmpty();
	}

	@Test
	void jieyang_everyUnitOfEveryTask_precisionAndRecall100() {
		assertUnits(SeedDocuments.JIEYANG, "document/seed-001-jieyang.expected.tsv");
	}

	@Test
	void district_responsibleUnits_aliasInBrackets_lineBreaksInsideAnAssignment_severalAssignmentsInOneTask() {
		var document = SeedDocuments.parse("document/district-plan.txt");

		assertThat(document.docNo()).isEqualTo("河政办发〔2019〕12号");
		assertThat(document.issuerName()).isEqualTo("青禾市河西区人民政府办公室");
		assertThat(document.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3", "4");
		assertUnits("document/district-plan.txt", "document/district-plan.expected.tsv");
		var tasks = document.tasks();
		assertThat(tasks.get(0).dueOn()).as("2019年6月底前").isEqualTo(LocalDate.of(2019, 6, 30));
		assertThat(tasks.get(1).subItems()).containsExactly("(1)全面落实国家减税降费政策;",
				"(2)清理规范涉企收费。（负责单位：区发改委、区人社局）");
		assertThat(tasks.get(2).text()).contains("配合单位:区财政局、区住房和城乡建设局;");
	}

	@Test
	void documentWithoutAssignments_yieldsItsMeasuresWithoutUnits_neverGuessedOnes() {
		var document = SeedDocuments.parse("document/no-assignments.txt");

		assertThat(document.docNo()).isEqualTo("某政发〔2020〕9号");
		assertThat(document.issuerName()).isEqualTo("某省人民政府");
		assertThat(document.tasks()).extracting(ParsedTask::number).as("sections numbered on across parts")
			.containsExactly("1", "2", "3", "4");
		assertThat(document.tasks()).extracting(ParsedTask::title)
			.containsExactly("优化投资项目审批流程", "提升工程建设项目审批效率", "降低市场准入门槛", "精简工业产品管理措施");
		assertThat(document.tasks()).allSatisfy(task -> assertThat(task.units()).isEmpty());
		assertThat(document.tasks().get(3).dueOn()).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(document.tasks().get(3).text()).as("the signature closes the body").doesNotContain("某省人民政府");
	}

	@Test
	void traditionalCharacters_areReadByTheSamePatterns_andKeptAsWritten() {
		var document = SeedDocuments.parse("document/traditional-plan.txt");

		assertThat(document.traditional()).isTrue();
		assertThat(document.docNo()).isEqualTo("青政辦發〔2020〕7號");
		assertThat(document.title()).isEqualTo("青禾市人民政府辦公室關於印發青禾市政務誠信建設工作方案的通知");
		assertThat(document.issuerName()).isEqualTo("青禾市人民政府辦公室");
		assertThat(document.issuedOn()).isEqualTo(LocalDate.of(2020, 3, 2));
		assertThat(document.tasks()).extracting(ParsedTask::title)
			.containsExactly("建立政務誠信專項督導機制", "加強政府採購領域政務誠信建設", "加強政府和社會資本合作領域政務誠信建設");
		assertUnits("document/traditional-plan.txt", "document/traditional-plan.expected.tsv");
	}

	@Test
	void html_blocksBecomeLines_scriptsAndPageChromeAreDropped() {
		var document = SeedDocuments.parse("document/html-plan.html");

		assertThat(document.title()).isEqualTo("青禾市人民政府办公室关于印发青禾市信用监测预警工作方案的通知");
		assertThat(document.docNo()).isEqualTo("青政办发〔2021〕3号");
		assertThat(document.issuedOn()).isEqualTo(LocalDate.of(2021, 1, 5));
		assertThat(document.text()).doesNotContain("不是任务", "当前位置");
		assertUnits("document/html-plan.html", "document/html-plan.expected.tsv");
	}

	@Test
	void parenthesesThatAreNoAssignment_areNotReadAsOne() {
		var document = PolicyDocumentParser.parse("""
				一、任务
				1.加强督促检查。各牵头单位每半年向领导小组办公室(市发展和改革委员会506室)报告一次,依据(国发〔2016〕76号)执行。
				2.推进县(区)工作。(此件公开发布)
				""");

		assertThat(document.tasks()).hasSize(2).allSatisfy(task -> assertThat(task.units()).isEmpty());
	}

	@Test
	void aTaskNumberThatDoesNotContinueTheNumbering_isText() {
		var document = PolicyDocumentParser.parse("""
				一、任务
				1.第一项任务。资金规模约
				5.8亿元,分两年安排。
				2.第二项任务。(市财政局负责)
				7.不连续的编号属于上一项。
				""");

		assertThat(document.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
		assertThat(document.tasks().get(0).text()).isEqualTo("第一项任务。资金规模约5.8亿元,分两年安排。");
		assertThat(document.tasks().get(1).text()).endsWith("7.不连续的编号属于上一项。");
	}

	private static void assertTasks(ParsedDocument document, String expected) {
		var rows = SeedDocuments.rows(expected);
		assertThat(document.tasks()).extracting(ParsedTask::number)
			.containsExactlyElementsOf(rows.stream().map(row -> row.get(0)).toList());
		for (int i = 0; i < rows.size(); i++) {
			assertThat(document.tasks().get(i).title()).as("title of " + rows.get(i).get(0)).isEqualTo(rows.get(i).get(1));
			assertThat(document.tasks().get(i).section()).as("section of " + rows.get(i).get(0))
				.isEqualTo(rows.get(i).get(2));
		}
	}

	/** Every (task, role, unit, general) fact as expected: precision and recall of 100%, also of (task, unit) pairs. */
	private static void assertUnits(String resource, String expectedResource) {
		var expected = SeedDocuments.expectedFacts(expectedResource);
		var found = SeedDocuments.parsedFacts(SeedDocuments.parse(resource));
		var facts = Score.of(expected, found);
		var pairs = Score.of(pairs(expected), pairs(found));
		System.out.printf("%s: (task, unit) pairs: %s; (task, role, unit) facts: %s%n", resource, pairs, facts);

		assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(pairs.precision()).isEqualTo(1.0);
		assertThat(pairs.recall()).isEqualTo(1.0);
	}

	private static java.util.Set<SeedDocuments.Pair> pairs(java.util.Set<Fact> facts) {
		var pairs = new java.util.LinkedHashSet<SeedDocuments.Pair>();
		facts.forEach(fact -> pairs.add(fact.pair()));
		return pairs;
	}

	private static ParsedTask task(List<ParsedTask> tasks, String number) {
		return tasks.stream().filter(task -> task.number().equals(number)).findFirst().orElseThrow();
	}

}
