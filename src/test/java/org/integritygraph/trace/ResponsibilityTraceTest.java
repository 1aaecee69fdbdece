package org.integritygraph.trace;

import org.integritygraph.support.TestNeo4j;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.integritygraph.graph.InvalidArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Question 4 of the domain: for a record or a broken commitment, who signed, who answered then with their
 * chain, and who answers today (fixture {@code city}: 发改委 was succeeded by 发改局 on 2022-01-01).
 */
class ResponsibilityTraceTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	private static TraceService trace;

	@BeforeAll
	static void loadFixture() {
		TestNeo4j.replaceGraph("trace/city.jsonl");
		trace = TestNeo4j.traceService();
	}

	private static ActTrace act(ResponsibilityTrace result, ActKind kind) {
		return result.acts().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
	}

	@Test
	void responsibilityTrace_ofACommitmentNamesEveryActInDateOrder() {
		var result = trace.responsibilityTraceOfCommitment("cm-payment", TODAY).orElseThrow();
		assertThat(result.commitment().title()).isEqualTo("按期支付可行性缺口补助");
		assertThat(result.record()).isNull();
		assertThat(result.acts()).map(TraceRendering::act)
			.containsExactly("RESPONSIBLE pe-he-xi 2019-12-01", "SIGNED pe-zhou-nan 2019-12-01", "MADE bd-fgw 2019-12-01",
					"FELL_DUE bd-fgw 2021-12-31");
	}

	@Test
	void responsibilityTrace_followsTheSignersPostToTheSameTitledPostOfTheSuccessorBody() {
		var signed = act(trace.responsibilityTraceOfCommitment("cm-payment", TODAY).orElseThrow(), ActKind.SIGNED);
		assertThat(signed.commitment().id()).isEqualTo("cm-payment");
		assertThat(signed.via()).isEqualTo(new TraceEdge("cm-payment", "pe-zhou-nan", "SIGNED_BY", null, null,
				LocalDate.parse("2019-12-01"), null));
		var then = signed.answerable().getFirst();
		assertThat(TraceRendering.answerable(then)).isEqualTo(
				"HELD_POST po-fgw-economist: po-fgw-economist[pe-zhou-nan] > po-fgw-director[pe-sun-bei] > po-vm-a[pe-wang-ping] > po-mayor[pe-lin-mu]");
		assertThat(then.reason()).isEqualTo("周南 held 青禾市发展和改革委员会 总经济师 on 2019-12-01 (HELD [2016-01-01, 2022-01-01))");
		assertThat(then.today()).map(TraceRendering::answerable)
			.containsExactly(
					"SUCCESSOR_POST po-fgj-economist: po-fgj-economist[pe-wu-zhong] > po-fgj-director[pe-qian-jiang] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		var now = then.today().getFirst();
		assertThat(now.on()).isEqualTo(TODAY);
		assertThat(now.via()).containsExactly(new TraceEdge("bd-fgw", "bd-fgj", "SUCCEEDED_BY", null, null,
				LocalDate.parse("2022-01-01"), null));
		assertThat(now.reason()).isEqualTo(
				"青禾市发展和改革委员会 was succeeded by 青禾市发展和改革局 on 2022-01-01; 青禾市发展和改革局 总经济师 is the post titled 总经济师 there");
	}

	@Test
	void responsibilityTrace_holdsThePrincipalOfTheBodyBoundWhenTheCommitmentFellDue() {
		var result = trace.responsibilityTraceOfCommitment("cm-payment", TODAY).orElseThrow();
		var fellDue = act(result, ActKind.FELL_DUE);
		assertThat(fellDue.answerable()).map(TraceRendering::answerable)
			.containsExactly("PRINCIPAL_POST po-fgw-director: po-fgw-director[pe-sun-bei] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		assertThat(fellDue.answerable().getFirst().today()).map(TraceRendering::answerable)
			.containsExactly("SUCCESSOR_PRINCIPAL po-fgj-director: po-fgj-director[pe-qian-jiang] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		assertThat(result.answerableToday()).extracting(a -> a.post().id())
			.containsExactly("po-czj-director", "po-fgj-director", "po-fgj-economist");
	}

	@Test
	void responsibilityTrace_ofARecordAgainstABodyGoesToItsPrincipalLeaderThenAndNow() {
		var result = trace.responsibilityTraceOfRecord("rc-judgment", TODAY).orElseThrow();
		assertThat(result.record().kind()).isEqualTo("JUDGMENT_DEFAULT");
		assertThat(result.acts()).map(TraceRendering::act).containsExactly("AGAINST bd-fgw 2021-03-01");
		var then = result.acts().getFirst().answerable();
		assertThat(then).map(TraceRendering::answerable)
			.containsExactly("PRINCIPAL_POST po-fgw-director: po-fgw-director[pe-sun-bei] > po-vm-b[pe-li-qing] > po-mayor[pe-lin-mu]");
		assertThat(then.getFirst().reason()).isEqualTo("青禾市发展和改革委员会 主任 is the principal post (主要负责人) of 青禾市发展和改革委员会");
		assertThat(then.getFirst().today()).map(TraceRendering::answerable)
			.containsExactly("SUCCESSOR_PRINCIPAL po-fgj-director: po-fgj-director[pe-qian-jiang] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		assertThat(then.getFirst().today().getFirst().reason()).isEqualTo(
				"青禾市发展和改革委员会 was succeeded by 青禾市发展和改革局 on 2022-01-01; 青禾市发展和改革局 局长 is the principal post there, as 主任 was");
		assertThat(result.answerableToday()).extracting(a -> a.post().id()).containsExactly("po-fgj-director");
		assertThat(result.graph().edges()).extracting(e -> e.source() + " " + e.type() + " " + e.target())
			.contains("rc-judgment AGAINST bd-fgw", "rc-judgment ISSUED_BY bd-court", "bd-fgw SUCCEEDED_BY bd-fgj",
					"po-fgw-director IN bd-fgw");
	}

	@Test
	void responsibilityTrace_ofARecordOnACommitmentTracesTheCommitmentAndTheRecordsSubject() {
		var result = trace.responsibilityTraceOfRecord("rc-broken", TODAY).orElseThrow();
		assertThat(result.acts()).map(TraceRendering::act)
			.containsExactly("SIGNED pe-zhou-nan 2019-12-01", "MADE bd-fgw 2019-12-01", "FELL_DUE bd-fgw 2021-12-31",
					"RESPONSIBLE po-fgw-director 2023-03-01", "AGAINST pe-zhou-nan 2023-03-01");
		// 周南 held no post when the record was decided; the phase's post was vacant after the reorganisation.
		assertThat(act(result, ActKind.AGAINST).answerable()).isEmpty();
		var phase = act(result, ActKind.RESPONSIBLE);
		assertThat(phase.phase().id()).isEqualTo("ph-sewage-4");
		assertThat(phase.answerable()).map(TraceRendering::answerable)
			.containsExactly("RESPONSIBLE_POST po-fgw-director: po-fgw-director[vacant] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		assertThat(phase.answerable().getFirst().today()).extracting(a -> a.post().id())
			.containsExactly("po-fgj-director");
	}

	@Test
	void responsibilityTrace_followsAPostToWhereItsHolderWasTransferredInTheReorganisation() {
		var result = trace.responsibilityTraceOfRecord("rc-sanction", TODAY).orElseThrow();
		assertThat(result.acts()).map(TraceRendering::act).containsExactly("AGAINST pe-feng-yi 2021-05-01");
		var then = result.acts().getFirst().answerable().getFirst();
		assertThat(TraceRendering.answerable(then)).isEqualTo(
				"HELD_POST po-fgw-invest: po-fgw-invest[pe-feng-yi] > po-fgw-director[pe-sun-bei] > po-vm-b[pe-li-qing] > po-mayor[pe-lin-mu]");
		var now = then.today().getFirst();
		assertThat(TraceRendering.answerable(now)).isEqualTo(
				"SUCCESSOR_TRANSFER po-fgj-projects: po-fgj-projects[pe-feng-yi] > po-fgj-director[pe-qian-jiang] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		assertThat(now.via()).extracting(e -> e.source() + " " + e.type() + " " + e.target())
			.containsExactly("bd-fgw SUCCEEDED_BY bd-fgj", "pe-feng-yi HELD po-fgw-invest", "pe-feng-yi HELD po-fgj-projects");
		assertThat(now.reason()).isEqualTo(
				"青禾市发展和改革委员会 was succeeded by 青禾市发展和改革局 on 2022-01-01; 冯一 moved from 投资科科长 to 青禾市发展和改革局 项目管理科科长 on 2022-01-01");
	}

	@Test
	void responsibilityTrace_keepsTheSamePostBeforeTheReorganisationTakesEffect() {
		var dayBefore = act(trace.responsibilityTraceOfCommitment("cm-payment", LocalDate.parse("2021-12-31")).orElseThrow(),
				ActKind.SIGNED);
		assertThat(dayBefore.answerable().getFirst().today()).map(TraceRendering::answerable)
			.containsExactly("SAME_POST po-fgw-economist: po-fgw-economist[pe-zhou-nan] > po-fgw-director[pe-sun-bei] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		var dayOf = act(trace.responsibilityTraceOfCommitment("cm-payment", LocalDate.parse("2022-01-01")).orElseThrow(),
				ActKind.SIGNED);
		assertThat(dayOf.answerable().getFirst().today()).extracting(a -> a.basis() + " " + a.post().id())
			.containsExactly("SUCCESSOR_POST po-fgj-economist");
	}

	@Test
	void responsibilityTrace_ofUnknownIdsIsEmpty() {
		assertThat(trace.responsibilityTraceOfRecord("rc-nothing", TODAY)).isEmpty();
		assertThat(trace.responsibilityTraceOfCommitment("cm-nothing", TODAY)).isEmpty();
		// A record id is not a commitment id.
		assertThat(trace.responsibilityTraceOfCommitment("rc-judgment", TODAY)).isEmpty();
	}

	@Test
	void responsibilityTrace_needsExactlyOneOfRecordAndCommitment() {
		assertThatThrownBy(() -> trace.responsibilityTrace("rc-judgment", "cm-payment", TODAY))
			.isInstanceOf(InvalidArgumentException.class)
			.extracting(ex -> ((InvalidArgumentException) ex).argument())
			.isEqualTo("recordId");
		assertThatThrownBy(() -> trace.responsibilityTrace(null, null, TODAY))
			.isInstanceOf(InvalidArgumentException.class);
	}

}
