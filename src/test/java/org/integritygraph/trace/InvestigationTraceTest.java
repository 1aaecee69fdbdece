package org.integritygraph.trace;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.support.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an investigator still could not see (the second pass of the traces), on {@code trace/city.jsonl} with
 * {@code trace/city-investigation.jsonl}: today's answerers follow a reassigned responsibility, a vacancy
 * inside a phase, the capacity a signer with two posts signed in, the conduct of officials disciplined after
 * they left office, and acts of one day in the order they happened.
 */
class InvestigationTraceTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	private static TraceService trace;

	@BeforeAll
	static void loadFixture() {
		TestNeo4j.replaceGraph("trace/city.jsonl", "trace/city-investigation.jsonl");
		trace = TestNeo4j.traceService();
	}

	private static PhaseResponsibility responsibility(ProjectAccountability result, String phaseId, String postId) {
		return result.phases()
			.stream()
			.filter(p -> p.phase().id().equals(phaseId))
			.flatMap(p -> p.responsibilities().stream())
			.filter(r -> r.post() != null && r.post().id().equals(postId))
			.findFirst()
			.orElseThrow();
	}

	private static ActTrace act(ResponsibilityTrace result, ActKind kind, String actorId) {
		return result.acts()
			.stream()
			.filter(a -> a.kind() == kind && TraceRendering.actorId(a.actor()).equals(actorId))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void answerableNow_followsTheResponsibilityToThePostItWasReassignedTo() {
		var result = trace.projectAccountability("pj-sewage", LocalDate.parse("2024-01-01")).orElseThrow();
		var before = responsibility(result, "ph-sewage-4", "po-vm-a");
		assertThat(before.role()).isEqualTo("IN_CHARGE");
		assertThat(before.to()).isEqualTo(LocalDate.parse("2021-01-01"));
		// Not 副市长甲's post (vacant since 王平 left): the IN_CHARGE responsibility passed to 副市长乙.
		assertThat(before.answerableNow()).map(TraceRendering::answerable)
			.containsExactly("REASSIGNED po-vm-b: po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		var now = before.answerableNow().getFirst();
		assertThat(now.reason()).isEqualTo(
				"the IN_CHARGE responsibility of phase EXECUTION passed to 副市长(乙) on 2021-01-01; 青禾市人民政府 副市长(乙) holds the responsibility now");
		assertThat(now.via()).extracting(e -> e.source() + " " + e.type() + " " + e.target() + " " + e.validFrom())
			.containsExactly("ph-sewage-4 RESPONSIBLE po-vm-b 2021-01-01");
		assertThat(responsibility(result, "ph-sewage-4", "po-vm-b").answerableNow()).map(TraceRendering::answerable)
			.containsExactly("SAME_POST po-vm-b: po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		// Assigned to 何西 directly and still running: the posts he holds on the date answer.
		var representative = result.phases()
			.stream()
			.filter(p -> p.phase().id().equals("ph-sewage-4"))
			.flatMap(p -> p.responsibilities().stream())
			.filter(r -> r.role().equals("GOVERNMENT_REPRESENTATIVE"))
			.findFirst()
			.orElseThrow();
		assertThat(representative.answerableNow()).map(TraceRendering::answerable)
			.containsExactly("RESPONSIBLE_PERSON po-czj-director: po-czj-director[pe-he-xi] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		assertThat(representative.answerableNow().getFirst().reason())
			.isEqualTo("何西, to whom the responsibility is assigned, holds 青禾市财政局 局长 (HELD [2018-01-01, …))");
	}

	@Test
	void responsibilityTrace_answersTodayThroughTheReassignedResponsibilityAndItsChain() {
		var result = trace.responsibilityTraceOfCommitment("cm-ops", TODAY).orElseThrow();
		var inCharge = act(result, ActKind.RESPONSIBLE, "po-vm-a");
		assertThat(inCharge.answerable()).map(TraceRendering::answerable)
			.containsExactly("RESPONSIBLE_POST po-vm-a: po-vm-a[pe-wang-ping] > po-mayor[pe-lin-mu]");
		assertThat(inCharge.answerableNow()).map(TraceRendering::answerable)
			.containsExactly("REASSIGNED po-vm-b: po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		assertThat(result.answerableToday()).extracting(a -> a.basis() + " " + a.post().id())
			.containsExactly("RESPONSIBLE_PERSON po-czj-director", "SUCCESSOR_PRINCIPAL po-fgj-director",
					"SAME_POST po-mayor", "REASSIGNED po-vm-b")
			.doesNotContain("SAME_POST po-vm-a");
	}

	@Test
	void aVacancyInsideAPhaseIsShownWithItsDays() {
		var principal = responsibility(trace.projectAccountability("pj-sewage", LocalDate.parse("2024-01-01")).orElseThrow(),
				"ph-sewage-4", "po-mayor");
		assertThat(principal.holders()).map(TraceRendering::holder)
			.containsExactly("pe-lin-mu@po-mayor[2020-06-01,2021-06-30)", "pe-zhao-shan@po-mayor[2021-07-15,)");
		assertThat(principal.vacant()).isTrue();
		assertThat(principal.vacancies()).containsExactly(new Period(LocalDate.parse("2021-06-30"), LocalDate.parse("2021-07-15")));
		// Before the vacancy began nothing was vacant yet; the next tenure was not known.
		var earlier = responsibility(trace.projectAccountability("pj-sewage", LocalDate.parse("2021-01-01")).orElseThrow(),
				"ph-sewage-4", "po-mayor");
		assertThat(earlier.vacant()).isFalse();
		assertThat(earlier.holders()).extracting(ResponsibleHolder::tenureTo).containsOnlyNulls();
		// A chain over the phase shows the vacancy of the mayor's post too.
		var officer = responsibility(trace.projectAccountability("pj-sewage", LocalDate.parse("2024-01-01")).orElseThrow(),
				"ph-sewage-4", "po-fgw-director");
		var mayor = officer.holders().getFirst().chain().steps().getLast();
		assertThat(mayor.post().id()).isEqualTo("po-mayor");
		assertThat(mayor.vacancies()).containsExactly(new Period(LocalDate.parse("2021-06-30"), LocalDate.parse("2021-07-15")));
	}

	@Test
	void aSignerWithTwoPostsAnswersThroughTheCapacitySignedIn_orThePostInTheActingBody() {
		var signatures = trace.projectAccountability("pj-sewage", LocalDate.parse("2024-01-01")).orElseThrow().signatures();
		var consult = signatures.stream().filter(s -> s.contract().id().equals("ct-consult")).findFirst().orElseThrow();
		// 何西 was 财政局局长 and 发改委副主任 that day; he signed as 副主任 (SIGNED_AS).
		assertThat(consult.answerable()).extracting(a -> a.basis() + " " + a.post().id())
			.containsExactly("SIGNED_AS_POST po-fgw-deputy");
		assertThat(consult.answerable().getFirst().reason()).isEqualTo("何西 signed as 青禾市发展和改革委员会 副主任 (SIGNED_AS)");
		// The commitment made by 财政局 records no capacity: his post in the acting body answers.
		var fund = trace.responsibilityTraceOfCommitment("cm-fund", TODAY).orElseThrow();
		var signed = act(fund, ActKind.SIGNED, "pe-he-xi");
		assertThat(signed.answerable()).extracting(a -> a.basis() + " " + a.post().id())
			.containsExactly("HELD_POST_IN_ACTING_BODY po-czj-director");
		assertThat(signed.answerable().getFirst().reason()).startsWith(
				"何西 held 青禾市财政局 局长 on 2020-03-01 (HELD [2018-01-01, …)), a post of the acting body or under it");
	}

	@Test
	void conduct_ofAnOfficialDisciplinedAfterLeavingOffice_namesWhatTheyAnsweredForThenAndWhoAnswersNow() {
		var result = trace.responsibilityTraceOfRecord("rc-chen-sanction", TODAY).orElseThrow();
		assertThat(result.at()).isEqualTo(TODAY);
		// On the record's date he held no post: the trace of the record itself names nobody through him.
		assertThat(act(result, ActKind.AGAINST, "pe-chen-dong").answerable()).isEmpty();
		var conduct = result.conduct().getFirst();
		assertThat(conduct.person().name()).isEqualTo("陈东");
		assertThat(conduct.rule()).isEqualTo(ConductRule.LAST_TENURE);
		assertThat(conduct.from()).isEqualTo(LocalDate.parse("2015-01-01"));
		assertThat(conduct.to()).isEqualTo(LocalDate.parse("2019-03-01"));
		assertThat(conduct.ruleReason()).isEqualTo(
				"陈东 held no post on the record's date 2021-03-01; the last tenure before it, [2015-01-01, 2019-03-01), is taken");
		assertThat(conduct.at()).isEqualTo(TODAY);
		assertThat(conduct.posts()).map(TraceRendering::answerable)
			.containsExactly("HELD_POST po-fgw-director: po-fgw-director[pe-chen-dong] > po-vm-a[pe-wang-ping] > po-mayor[pe-lin-mu]");
		assertThat(conduct.posts().getFirst().today()).map(TraceRendering::answerable)
			.containsExactly("SUCCESSOR_PRINCIPAL po-fgj-director: po-fgj-director[pe-qian-jiang] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		assertThat(conduct.responsibilities()).extracting(a -> a.kind() + " " + a.phase().id() + " " + a.via().role() + " " + a.on())
			.containsExactly("RESPONSIBLE ph-sewage-1 RESPONSIBLE_OFFICER 2017-01-01",
					"RESPONSIBLE ph-sewage-2 RESPONSIBLE_OFFICER 2018-01-01");
		assertThat(conduct.decisions()).map(TraceRendering::act).containsExactly("DECIDED pe-chen-dong 2018-04-01");
		assertThat(conduct.decisions().getFirst().decision().id()).isEqualTo("dc-chen-plan");
		assertThat(conduct.signatures()).map(TraceRendering::act).containsExactly("SIGNED pe-chen-dong 2018-05-10");
		assertThat(conduct.signatures().getFirst().commitment().id()).isEqualTo("cm-chen-pledge");
		assertThat(conduct.signatures().getFirst().answerable()).extracting(a -> a.basis() + " " + a.post().id())
			.containsExactly("HELD_POST po-fgw-director");
		assertThat(conduct.answerableToday()).extracting(a -> a.post().id()).containsExactly("po-fgj-director");
	}

	@Test
	void conduct_takesTheRecordsDeclaredPeriod_elseWhatItConcerns() {
		var declared = trace.responsibilityTraceOfRecord("rc-feng-warning", TODAY).orElseThrow().conduct().getFirst();
		assertThat(declared.rule()).isEqualTo(ConductRule.DECLARED);
		assertThat(declared.from()).isEqualTo(LocalDate.parse("2020-01-01"));
		assertThat(declared.to()).isEqualTo(LocalDate.parse("2021-01-01"));
		assertThat(declared.posts()).extracting(a -> a.post().id()).containsExactly("po-fgw-invest");
		assertThat(declared.posts().getFirst().today()).extracting(a -> a.basis() + " " + a.post().id())
			.containsExactly("SUCCESSOR_TRANSFER po-fgj-projects");

		var concerned = trace.responsibilityTraceOfRecord("rc-broken", TODAY).orElseThrow().conduct().getFirst();
		assertThat(concerned.rule()).isEqualTo(ConductRule.CONCERNED);
		// The payment commitment from its making to its due date, and the contract signed the same day.
		assertThat(concerned.from()).isEqualTo(LocalDate.parse("2019-12-01"));
		assertThat(concerned.to()).isEqualTo(LocalDate.parse("2022-01-01"));
		assertThat(concerned.ruleReason()).startsWith("what the record concerns: ");
		assertThat(concerned.posts()).extracting(a -> a.post().id()).containsExactly("po-fgw-economist");
		assertThat(concerned.signatures()).map(TraceRendering::act).containsExactly("SIGNED pe-zhou-nan 2019-12-01");
	}

	@Test
	void conductTrace_ofAPersonOverAPeriod() {
		var conduct = trace.conductTrace("pe-he-xi", LocalDate.parse("2019-06-01"), LocalDate.parse("2020-06-01"),
				LocalDate.parse("2024-01-01")).orElseThrow();
		assertThat(conduct.rule()).isEqualTo(ConductRule.REQUESTED);
		assertThat(conduct.posts()).extracting(a -> a.post().id()).containsExactly("po-czj-director", "po-fgw-deputy");
		assertThat(conduct.responsibilities()).extracting(a -> a.phase().id() + " " + a.via().role() + " " + a.on())
			.containsExactly("ph-sewage-3 GOVERNMENT_REPRESENTATIVE 2019-06-01");
		// Assigned to him directly: the posts he held then answer for it then; the phase has ended, so the posts
		// he held on its last day answer now, followed through the reorganisation of 发改委.
		assertThat(conduct.responsibilities().getFirst().answerableNow()).extracting(a -> a.basis() + " " + a.post().id())
			.containsExactly("SAME_POST po-czj-director", "SUCCESSOR_PRINCIPAL po-fgj-director");
		assertThat(conduct.signatures()).extracting(a -> TraceRendering.act(a) + " "
				+ ((a.contract() != null) ? a.contract().id() : a.commitment().id()))
			.containsExactly("SIGNED pe-he-xi 2020-03-01 ct-consult", "SIGNED pe-he-xi 2020-03-01 cm-fund");
		assertThat(trace.conductTrace("pe-nobody", LocalDate.parse("2019-06-01"), null, null)).isEmpty();
		assertThatThrownBy(() -> trace.conductTrace("pe-he-xi", LocalDate.parse("2019-06-01"),
				LocalDate.parse("2019-06-01"), null))
			.isInstanceOf(InvalidArgumentException.class)
			.extracting(ex -> ((InvalidArgumentException) ex).argument())
			.isEqualTo("to");
	}

	@Test
	void actsOfOneDayComeInTheOrderOfTheFacts_thenOfTheirKind() {
		var result = trace.responsibilityTraceOfRecord("rc-broken", TODAY).orElseThrow();
		// On 2019-12-01 the contract was signed, then the commitment under it (signed, and thereby made).
		assertThat(result.acts()).map(TraceRendering::act)
			.containsExactly("PARTY bd-fgw 2019-12-01", "SIGNED pe-sun-bei 2019-12-01", "SIGNED pe-zhou-nan 2019-12-01",
					"MADE bd-fgw 2019-12-01", "FELL_DUE bd-fgw 2021-12-31", "RESPONSIBLE pe-he-xi 2023-03-01",
					"RESPONSIBLE po-fgw-director 2023-03-01", "RESPONSIBLE po-mayor 2023-03-01", "RESPONSIBLE po-vm-b 2023-03-01", "AGAINST pe-zhou-nan 2023-03-01");
		assertThat(result.acts().get(1).contract().id()).isEqualTo("ct-sewage");
		assertThat(result.acts().get(2).commitment().id()).isEqualTo("cm-payment");
	}

}
