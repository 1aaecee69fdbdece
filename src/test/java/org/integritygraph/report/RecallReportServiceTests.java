package org.integritygraph.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.trace.ActKind;
import org.integritygraph.trace.Answerable;
import org.integritygraph.trace.Holding;
import org.integritygraph.trace.Period;
import org.integritygraph.trace.PhaseResponsibility;
import org.integritygraph.trace.ResponsibleHolder;
import org.integritygraph.trace.TraceService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The structured content of recall reports, against the fixture {@code report/ppp-project.jsonl}. */
@SpringJUnitConfig(RecallReportServiceTests.Beans.class)
// the first run of each report query includes its planning, slow on a busy machine
@org.springframework.test.context.TestPropertySource(properties = "integrity.query-timeout=120s")
class RecallReportServiceTests {

	@BeforeAll
	static void graph() {
		TestNeo4j.replaceGraph("report/ppp-project.jsonl");
	}

	static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

	@Configuration(proxyBeanMethods = false)
	@Import({ TestNeo4j.GraphBeans.class, RecallReportService.class })
	static class Beans {

		@Bean
		Clock clock() {
			return Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
		}

	}

	@Autowired
	RecallReportService reports;

	@Autowired
	TraceService trace;

	RecallReport ppp() {
		return this.reports.report("rp-proj-ppp", null).orElseThrow();
	}

	static PhaseResponsibility responsibility(List<PhaseResponsibility> responsibilities, String targetId) {
		return responsibilities.stream()
			.filter(r -> ((r.post() != null) ? r.post().id() : r.person().id()).equals(targetId))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void report_summarisesTheProjectWithOwnerAndSources() {
		var report = ppp();
		assertThat(report.at()).isEqualTo(TODAY);
		var project = report.project();
		assertThat(project.name()).isEqualTo("青禾市城北污水处理厂PPP项目");
		assertThat(project.kind()).isEqualTo("PPP");
		assertThat(report.phaseOn()).isEqualTo("EXECUTION");
		assertThat(report.statusOn()).isEqualTo("ACTIVE");
		assertThat(project.budget()).isEqualTo(350_000_000.0);
		assertThat(project.currency()).isEqualTo("CNY");
		assertThat(project.startedOn()).isEqualTo(LocalDate.of(2018, 3, 1));
		assertThat(report.owner().id()).isEqualTo("rp-housing");
		assertThat(report.owner().name()).isEqualTo("青禾市住房和城乡建设局");
		assertThat(report.sources()).extracting(Document::docNo).containsExactly("青发改投资〔2018〕5号");
	}

	@Test
	void phases_listEveryHolderOfEachResponsiblePostDuringThePhase_andItsVacancies() {
		var phases = ppp().phases();
		assertThat(phases).extracting(p -> p.phase().stage(), p -> p.phase().from(), p -> p.phase().to())
			.containsExactly(tuple("IDENTIFICATION", date("2018-03-01"), date("2018-09-01")),
					tuple("PREPARATION", date("2018-09-01"), date("2019-06-01")),
					tuple("PROCUREMENT", date("2019-06-01"), date("2020-12-31")),
					tuple("EXECUTION", date("2020-12-31"), null));

		var procurement = phases.get(2);
		assertThat(procurement.responsibilities()).extracting(PhaseResponsibility::role, r -> r.post().title())
			.containsExactly(tuple("IN_CHARGE", "分管副市长"), tuple("RESPONSIBLE_OFFICER", "项目负责人"));
		// Turnover in mid-phase: both holders answer, each for their part of the phase.
		assertThat(procurement.responsibilities().get(0).holders())
			.extracting(h -> h.person().name(), ResponsibleHolder::tenureFrom, ResponsibleHolder::tenureTo,
					ResponsibleHolder::overlapFrom, ResponsibleHolder::overlapTo)
			.containsExactly(tuple("陈立", date("2017-01-01"), date("2020-05-15"), date("2019-06-01"), date("2020-05-15")),
					tuple("王芳", date("2020-05-15"), null, date("2020-05-15"), date("2020-12-31")));
		// A four-month vacancy of the project lead inside the phase.
		var officer = procurement.responsibilities().get(1);
		assertThat(officer.holders()).extracting(h -> h.person().name(), ResponsibleHolder::overlapFrom,
				ResponsibleHolder::overlapTo)
			.containsExactly(tuple("李明", date("2019-06-01"), date("2020-04-01")),
					tuple("孙丽", date("2020-08-01"), date("2020-12-31")));
		assertThat(officer.vacant()).isTrue();
		assertThat(officer.vacancies()).containsExactly(new Period(date("2020-04-01"), date("2020-08-01")));

		// In the model's order of roles: the officer before the government representative.
		var execution = phases.get(3);
		assertThat(execution.responsibilities()).extracting(PhaseResponsibility::role)
			.containsExactly("RESPONSIBLE_OFFICER", "GOVERNMENT_REPRESENTATIVE");
		assertThat(execution.responsibilities().get(1).holders()).extracting(h -> h.person().name())
			.containsExactly("赵强", "郑华");
	}

	@Test
	void holders_carryTheLeadershipChainAsItWasThen_withTheDatesOfEverySuperior() {
		var procurement = ppp().phases().get(2);
		var liMing = procurement.responsibilities().get(1).holders().get(0);
		assertThat(liMing.post().title()).isEqualTo("项目负责人");
		assertThat(liMing.body().name()).isEqualTo("青禾市住房和城乡建设局");
		var above = liMing.chain().steps().subList(1, liMing.chain().steps().size());
		assertThat(above).extracting(step -> step.post().title(), step -> step.body().name(), step -> holdings(step.holders()))
			.containsExactly(tuple("局长", "青禾市住房和城乡建设局", List.of("赵强 2019-06-01 2020-04-01")),
					tuple("分管副市长", "青禾市人民政府", List.of("陈立 2019-06-01 2020-04-01")),
					tuple("市长", "青禾市人民政府", List.of("林木 2019-06-01 2020-04-01")));

		// Before the reorganisation the 计划委 主任 reported to the vice mayor; the mayor then was 林木.
		var preparation = ppp().phases().get(1);
		var officers = preparation.responsibilities()
			.stream()
			.filter(r -> r.role().equals("RESPONSIBLE_OFFICER"))
			.toList();
		assertThat(officers).extracting(r -> r.body().name(), PhaseResponsibility::from, PhaseResponsibility::to)
			.containsExactly(tuple("青禾市发展计划委员会", date("2018-09-01"), date("2019-03-01")),
					tuple("青禾市发展和改革委员会", date("2019-03-01"), date("2019-06-01")));
		assertThat(officers.get(0).holders().get(0).person().name()).isEqualTo("刘洋");
		assertThat(officers.get(0).holders().get(0).chain().steps()).extracting(step -> step.post().title())
			.containsExactly("主任", "分管副市长", "市长");
	}

	@Test
	void responsibilities_nameWhoAnswersNow_followingReassignmentTurnoverAndReorganisation() {
		var phases = ppp().phases();
		// The mayor who answered for identification (林木) has been succeeded by 周海.
		assertThat(phases.get(0).responsibilities().get(0).answerableNow())
			.extracting(a -> a.basis().name(), a -> a.post().title(), a -> names(a.holders()))
			.containsExactly(tuple("SAME_POST", "市长", List.of("周海")));
		// The 计划委's officer responsibility passed to the 发改委's 主任 on the reorganisation: today 吴刚.
		var preparation = phases.get(1).responsibilities();
		var planOfficer = responsibility(preparation, "rp-po-plan-director");
		assertThat(planOfficer.answerableNow()).extracting(a -> a.basis().name(), a -> a.body().name(),
				a -> names(a.holders()))
			.containsExactly(tuple("REASSIGNED", "青禾市发展和改革委员会", List.of("吴刚")));
		// Its 投资科科长 moved to the successor's 项目科科长 with the reorganisation (人员划转).
		assertThat(responsibility(preparation, "rp-po-plan-invest").answerableNow())
			.extracting(a -> a.basis().name(), a -> a.post().title(), a -> names(a.holders()))
			.containsExactly(tuple("SUCCESSOR_TRANSFER", "项目科科长", List.of("杨帆")));
		// A person assigned directly, the phase over: the post the person answered through, held now by 孙丽.
		assertThat(responsibility(phases.get(0).responsibilities(), "rp-pe-li-ming").answerableNow())
			.extracting(a -> a.post().title(), a -> names(a.holders()))
			.containsExactly(tuple("项目负责人", List.of("孙丽")));
	}

	@Test
	void theReportAndTheTracesNameTheSamePeopleForTheSamePost() {
		var report = ppp();
		var traced = this.trace.projectAccountability("rp-proj-ppp", TODAY).orElseThrow();
		var commitment = this.trace.responsibilityTraceOfCommitment("rp-com-land", TODAY).orElseThrow();
		for (var postId : List.of("rp-po-plan-invest", "rp-po-plan-director", "rp-po-vice-mayor")) {
			var inReport = responsibility(report.phases().get(1).responsibilities(), postId).answerableNow();
			var inProject = responsibility(traced.phases().get(1).responsibilities(), postId).answerableNow();
			var inCommitment = commitment.acts()
				.stream()
				.filter(act -> act.kind() == ActKind.RESPONSIBLE && act.answerable().getFirst().post().id().equals(postId))
				.findFirst()
				.orElseThrow()
				.answerableNow();
			assertThat(answers(inReport)).as(postId).isEqualTo(answers(inProject)).isEqualTo(answers(inCommitment))
				.isNotEmpty();
		}
		// The commitment as the report shows it is that same trace.
		var land = report.commitments().stream().filter(c -> c.commitment().id().equals("rp-com-land")).findFirst().orElseThrow();
		assertThat(answers(land.accountability().answerableToday())).isEqualTo(answers(commitment.answerableToday()))
			.containsExactly("REASSIGNED rp-po-ndrc-director [吴刚]", "SUCCESSOR_TRANSFER rp-po-ndrc-projects [杨帆]",
					"SAME_POST rp-po-vice-mayor [王芳]");
	}

	@Test
	void personAssignedDirectly_answersThroughThePostHeldThen() {
		var identification = ppp().phases().get(0);
		var officer = responsibility(identification.responsibilities(), "rp-pe-li-ming");
		assertThat(officer.role()).isEqualTo("RESPONSIBLE_OFFICER");
		assertThat(officer.post()).isNull();
		assertThat(officer.person().name()).isEqualTo("李明");
		assertThat(officer.holders()).singleElement().satisfies(holder -> {
			assertThat(holder.post().title()).isEqualTo("项目负责人");
			assertThat(holder.overlapFrom()).isEqualTo(date("2018-03-01"));
			assertThat(holder.overlapTo()).isEqualTo(date("2018-09-01"));
			assertThat(holder.chain().steps()).extracting(step -> step.post().title())
				.containsExactly("项目负责人", "局长", "分管副市长", "市长");
		});
	}

	@Test
	void decisions_carryTheirDocNoDateDeciderPhaseAndTheDecidersPosts() {
		var report = ppp();
		assertThat(report.decisions()).extracting(d -> d.decision().docNo(), d -> d.decision().decidedOn(),
				d -> d.phase().id(), d -> names(d.decidedBy()))
			.containsExactly(tuple("青政发〔2018〕21号", date("2018-08-20"), "rp-ph-ident", List.of("青禾市人民政府", "林木")),
					tuple("青政办发〔2020〕18号", date("2020-03-10"), "rp-ph-proc", List.of("陈立")));
		assertThat(report.phases().get(2).decisions()).extracting(d -> d.decision().docNo())
			.containsExactly("青政办发〔2020〕18号");
		assertThat(report.decisions().get(0).sources()).extracting(Document::docNo).containsExactly("青政发〔2018〕21号");
		var partner = report.decisions().get(1).acts();
		assertThat(partner).singleElement().satisfies(act -> {
			assertThat(answers(act.answerable())).containsExactly("HELD_POST rp-po-vice-mayor [陈立]");
			assertThat(answers(act.answerableNow())).containsExactly("SAME_POST rp-po-vice-mayor [王芳]");
		});
	}

	@Test
	void contracts_carryPartiesRolesValuesAndTheSignersPosts() {
		var contracts = ppp().contracts();
		assertThat(contracts).singleElement().satisfies(k -> {
			var contract = k.contract();
			assertThat(contract.title()).isEqualTo("青禾市城北污水处理厂PPP项目合同");
			assertThat(contract.kind()).isEqualTo("PPP");
			assertThat(contract.value()).isEqualTo(350_000_000.0);
			assertThat(contract.signedOn()).isEqualTo(date("2020-11-20"));
			assertThat(contract.validTo()).isEqualTo(date("2050-12-31"));
			assertThat(k.parties()).extracting(p -> p.property("role"), p -> p.other().id())
				.containsExactly(tuple("GRANTOR", "rp-housing"), tuple("PRIVATE_PARTY", "91990100MA5QH7XK2Y"));
			assertThat(k.signatures()).extracting(s -> ((Entity) s.actor()).id(), s -> s.on())
				.containsExactly(tuple("rp-pe-wang-fang", date("2020-11-20")));
			assertThat(answers(k.signatures().getFirst().answerable())).containsExactly("HELD_POST rp-po-vice-mayor [王芳]");
		});
	}

	@Test
	void brokenCommitment_namesWhoAnsweredThenAndWhoAnswersNow() {
		var commitments = ppp().commitments();
		assertThat(commitments).extracting(c -> c.commitment().id(), ReportCommitment::statusOn)
			.containsExactly(tuple("rp-com-permit", "FULFILLED"), tuple("rp-com-land", "OVERDUE"),
					tuple("rp-com-subsidy", "BROKEN"));
		assertThat(commitments.get(0).accountability()).isNull();

		var subsidy = commitments.get(2);
		assertThat(subsidy.madeBy().name()).isEqualTo("青禾市住房和城乡建设局");
		assertThat(subsidy.signature().other().id()).isEqualTo("rp-pe-wang-fang");
		assertThat(subsidy.signature().property("on")).isEqualTo(date("2020-11-20"));
		assertThat(subsidy.commitment().dueOn()).isEqualTo(date("2021-12-31"));
		assertThat(subsidy.commitment().amount()).isEqualTo(12_000_000.0);
		assertThat(subsidy.contract().title()).isEqualTo("青禾市城北污水处理厂PPP项目合同");
		assertThat(subsidy.beneficiaries()).extracting(Entity::id).containsExactly("91990100MA5QH7XK2Y");
		assertThat(subsidy.history()).extracting(h -> h.status(), h -> h.on(), h -> h.actor())
			.containsExactly(tuple("PENDING", date("2020-11-20"), "青禾市住房和城乡建设局"),
					tuple("OVERDUE", date("2022-01-01"), "青禾市财政局"),
					tuple("BROKEN", date("2022-06-30"), "青禾市发展和改革委员会"));
		// Then, in the order of the acts: the phase's posts, the signer's post, the maker's principal (each once).
		var text = new ReportRenderer(null, null).text(ReportLanguage.ZH);
		assertThat(text.then(subsidy.accountability()))
			.extracting(a -> a.act().name(), a -> a.answer().basis().name(), a -> a.answer().post().title(),
					a -> a.answer().on(), a -> names(a.answer().holders()))
			.containsExactly(tuple("RESPONSIBLE", "RESPONSIBLE_POST", "项目负责人", date("2020-11-20"), List.of("孙丽")),
					tuple("RESPONSIBLE", "RESPONSIBLE_POST", "分管副市长", date("2020-11-20"), List.of("王芳")),
					tuple("MADE", "PRINCIPAL_POST", "局长", date("2020-11-20"), List.of("赵强")));
		// 局长 changed hands on 2022-03-01: 郑华 answers now for what 赵强's bureau promised.
		assertThat(answers(subsidy.accountability().answerableToday()))
			.containsExactly("SAME_POST rp-po-project-lead [孙丽]", "SAME_POST rp-po-vice-mayor [王芳]",
					"SAME_POST rp-po-housing-director [郑华]");
	}

	@Test
	void records_concerningTheProjectOrAgainstItsResponsiblePersons() {
		var records = ppp().records();
		assertThat(records).extracting(r -> r.record().id(), ReportRecord::relation, r -> r.record().kind(),
				r -> r.record().severity(), r -> r.record().docNo(), r -> r.issuer().name())
			.containsExactly(
					tuple("rp-rec-li-ming", "AGAINST_RESPONSIBLE_PERSON", "ACCOUNTABILITY_ACTION", "GENERAL",
							"青纪发〔2021〕9号", "青禾市纪委监委"),
					tuple("rp-rec-broken", "CONCERNS_PROJECT", "BROKEN_COMMITMENT", "SERIOUS", "青信用〔2022〕15号",
							"青禾市发展和改革委员会"));
		var broken = records.get(1);
		assertThat(names(broken.against())).containsExactly("青禾市住房和城乡建设局");
		assertThat(broken.concerns()).extracting(Entity::id).containsExactly("rp-com-subsidy");
		assertThat(broken.events()).extracting(e -> e.kind(), e -> e.on())
			.containsExactly(tuple("RECORDED", date("2022-07-15")), tuple("OBJECTION_FILED", date("2022-08-01")),
					tuple("OBJECTION_REJECTED", date("2022-09-01")));
	}

	@Test
	void provenance_citesTheSourceOfEveryFactAndFingerprintsTheData() {
		var report = ppp();
		var provenance = report.provenance();
		assertThat(provenance.asOf()).isEqualTo(TODAY);
		assertThat(provenance.generatedAt()).isNotNull();
		assertThat(provenance.sources()).extracting(s -> s.document().docNo(),
				s -> s.facts().stream().map(f -> f.type() + ":" + f.id()).toList())
			.containsExactly(tuple("青发改投资〔2018〕5号", List.of("PROJECT:rp-proj-ppp")),
					tuple("青政发〔2018〕21号", List.of("DECISION:rp-dec-ppp-mode")),
					tuple("青政办发〔2020〕18号", List.of("DECISION:rp-dec-partner")),
					tuple("青住建合〔2020〕7号", List.of("CONTRACT:rp-con-ppp", "COMMITMENT:rp-com-subsidy")),
					tuple("青信用〔2022〕15号", List.of("RECORD:rp-rec-broken")));
		assertThat(provenance.unsourced()).extracting(f -> f.id())
			.contains("rp-ph-ident", "rp-com-land", "rp-rec-li-ming")
			.doesNotContain("rp-proj-ppp", "rp-com-subsidy");
		assertThat(provenance.dataVersion()).matches("sha256:[0-9a-f]{16}")
			.isEqualTo(ppp().provenance().dataVersion())
			.isNotEqualTo(this.reports.report("rp-proj-ppp", date("2020-06-01")).orElseThrow().provenance().dataVersion());
	}

	@Test
	void reportForAPastDate_showsEveryFactAsKnownThen() {
		var report = this.reports.report("rp-proj-ppp", date("2020-06-01")).orElseThrow();
		assertThat(report.phases()).extracting(p -> p.phase().stage())
			.containsExactly("IDENTIFICATION", "PREPARATION", "PROCUREMENT");
		assertThat(report.phaseOn()).isEqualTo("PROCUREMENT");
		assertThat(report.statusOn()).isEqualTo("ACTIVE");
		var procurement = report.phases().get(2);
		// Its end (2020-12-31) was not known on 2020-06-01.
		assertThat(procurement.phase().to()).isNull();
		assertThat(procurement.responsibilities().get(0).holders()).extracting(h -> h.person().name())
			.containsExactly("陈立", "王芳");
		var officer = procurement.responsibilities().get(1);
		assertThat(officer.holders()).extracting(h -> h.person().name()).containsExactly("李明");
		// Vacant since 2020-04-01 and still on the report's date.
		assertThat(officer.vacancies()).containsExactly(new Period(date("2020-04-01"), null));
		assertThat(report.contracts()).isEmpty();
		assertThat(report.records()).isEmpty();
		assertThat(report.commitments()).extracting(c -> c.commitment().id(), ReportCommitment::statusOn)
			.containsExactly(tuple("rp-com-permit", "FULFILLED"), tuple("rp-com-land", "OVERDUE"));
		// On 2020-06-01 the 发改委's 主任 was still 刘洋, who had signed for the 计划委.
		assertThat(report.commitments().get(1).accountability().answerableToday())
			.extracting(a -> a.body().name(), a -> names(a.holders()))
			.contains(tuple("青禾市发展和改革委员会", List.of("刘洋")));

		// Before the project lead left, nobody knew when he would.
		var before = this.reports.report("rp-proj-ppp", date("2020-03-01")).orElseThrow().phases().get(2);
		var lead = before.responsibilities().get(1);
		assertThat(lead.holders()).extracting(h -> h.person().name(), ResponsibleHolder::tenureTo,
				ResponsibleHolder::overlapTo)
			.containsExactly(tuple("李明", null, null));
		assertThat(lead.vacant()).isFalse();
	}

	@Test
	void aProjectBeforeItsFirstPhase_isPlanned() {
		var report = this.reports.report("rp-proj-quiet", date("2022-06-01")).orElseThrow();
		assertThat(report.phases()).isEmpty();
		assertThat(report.statusOn()).isEqualTo("PLANNED");
		assertThat(report.phaseOn()).isNull();
	}

	@Test
	void projectWithoutCommitmentsOrRecords_stillHasItsPhases() {
		var report = this.reports.report("rp-proj-quiet", null).orElseThrow();
		assertThat(report.contracts()).isEmpty();
		assertThat(report.commitments()).isEmpty();
		assertThat(report.records()).isEmpty();
		assertThat(report.phases()).singleElement().satisfies(phase -> {
			assertThat(phase.phase().stage()).isEqualTo("APPROVAL");
			assertThat(phase.responsibilities().get(0).holders()).extracting(h -> h.person().name())
				.containsExactly("郑华");
		});
	}

	@Test
	void unknownProject_hasNoReport() {
		assertThat(this.reports.report("no-such-project", null)).isEmpty();
	}

	@Test
	void projectsOfBody_listsTheProjectsItOwns() {
		assertThat(this.reports.projectIdsOfBody("rp-housing")).contains(List.of("rp-proj-ppp", "rp-proj-quiet"));
		assertThat(this.reports.projectIdsOfBody("rp-city")).contains(List.of());
		assertThat(this.reports.projectIdsOfBody("no-such-body")).isEmpty();
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	static List<String> names(List<?> people) {
		return people.stream()
			.map(p -> switch (p) {
				case Holding h -> h.person().name();
				case org.integritygraph.model.entity.Person person -> person.name();
				case org.integritygraph.model.entity.Body body -> body.name();
				default -> p.toString();
			})
			.toList();
	}

	static List<String> holdings(List<Holding> holdings) {
		return holdings.stream().map(h -> h.person().name() + " " + h.overlapFrom() + " " + h.overlapTo()).toList();
	}

	/** {@code BASIS post-id [holders]}: who answers, comparable across the report and the traces. */
	static List<String> answers(List<Answerable> answers) {
		return answers.stream().map(a -> a.basis() + " " + a.post().id() + " " + names(a.holders())).toList();
	}

}
