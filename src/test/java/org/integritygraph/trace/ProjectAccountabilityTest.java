package org.integritygraph.trace;

import org.integritygraph.support.TestNeo4j;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritygraph.trace.TraceRendering.chain;

/** Question 3 of the domain: per phase of a project, who answered for it and to whom (fixture {@code city}). */
class ProjectAccountabilityTest {

	private static TraceService trace;

	@BeforeAll
	static void loadFixture() {
		TestNeo4j.replaceGraph("trace/city.jsonl");
		trace = TestNeo4j.traceService();
	}

	private static ProjectAccountability sewage(String at) {
		return trace.projectAccountability("pj-sewage", LocalDate.parse(at)).orElseThrow();
	}

	private static PhaseResponsibility responsibility(ProjectAccountability result, String phaseId, String role) {
		return result.phases()
			.stream()
			.filter(p -> p.phase().id().equals(phaseId))
			.flatMap(p -> p.responsibilities().stream())
			.filter(r -> r.role().equals(role))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void projectAccountability_listsThePhasesBegunByTheDate() {
		var result = sewage("2024-01-01");
		assertThat(result.project().name()).isEqualTo("青禾市污水处理PPP项目");
		assertThat(result.owner().id()).isEqualTo("bd-fgw");
		assertThat(result.phases()).extracting(p -> p.phase().stage())
			.containsExactly("IDENTIFICATION", "PREPARATION", "PROCUREMENT", "EXECUTION");
		assertThat(sewage("2018-06-01").phases()).extracting(p -> p.phase().id())
			.containsExactly("ph-sewage-1", "ph-sewage-2");
		assertThat(result.truncated()).isFalse();
	}

	@Test
	void projectAccountability_showsBothHoldersWhenThePostChangesHandsMidPhase() {
		var preparation = responsibility(sewage("2024-01-01"), "ph-sewage-2", "RESPONSIBLE_OFFICER");
		assertThat(preparation.post().id()).isEqualTo("po-fgw-director");
		assertThat(preparation.body().id()).isEqualTo("bd-fgw");
		assertThat(preparation.from()).isEqualTo(LocalDate.parse("2018-01-01"));
		assertThat(preparation.to()).isEqualTo(LocalDate.parse("2019-06-01"));
		assertThat(preparation.holders()).map(TraceRendering::holder)
			.containsExactly("pe-chen-dong@po-fgw-director[2018-01-01,2019-03-01)",
					"pe-sun-bei@po-fgw-director[2019-03-01,2019-06-01)");
		assertThat(preparation.holders()).map(h -> chain(h.chain()))
			.containsExactly("po-fgw-director[pe-chen-dong] > po-vm-a[pe-wang-ping] > po-mayor[pe-lin-mu]",
					"po-fgw-director[pe-sun-bei] > po-vm-a[pe-wang-ping] > po-mayor[pe-lin-mu]");
		assertThat(preparation.vacant()).isFalse();
		assertThat(preparation.via().type()).isEqualTo("RESPONSIBLE");
	}

	@Test
	void projectAccountability_chainsListEverySuperiorWhoServedDuringTheOverlap() {
		var execution = responsibility(sewage("2024-01-01"), "ph-sewage-4", "RESPONSIBLE_OFFICER");
		assertThat(execution.to()).isNull();
		// 孙北 until the reorganisation; the mayor changed (with a vacancy) while he answered for the phase.
		assertThat(execution.holders()).map(TraceRendering::holder)
			.containsExactly("pe-sun-bei@po-fgw-director[2020-06-01,2022-01-01)");
		assertThat(chain(execution.holders().getFirst().chain()))
			.isEqualTo("po-fgw-director[pe-sun-bei] > po-vm-b[pe-li-qing] > po-mayor[pe-lin-mu,pe-zhao-shan]");
		var mayors = execution.holders().getFirst().chain().steps().getLast().holders();
		assertThat(mayors).extracting(Holding::overlapFrom, Holding::overlapTo)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2020-06-01"), LocalDate.parse("2021-06-30")),
					org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2021-07-15"), LocalDate.parse("2022-01-01")));
	}

	@Test
	void projectAccountability_saysWhoAnswersForEachPostsResponsibilityOnTheDate() {
		var result = sewage("2024-01-01");
		// The commission's post has no holder since the reorganisation: the successor's principal answers.
		assertThat(responsibility(result, "ph-sewage-4", "RESPONSIBLE_OFFICER").answerableNow())
			.map(TraceRendering::answerable)
			.containsExactly("SUCCESSOR_PRINCIPAL po-fgj-director: po-fgj-director[pe-qian-jiang] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		// The vice-mayor's post still exists and has been vacant since 王平 left.
		assertThat(responsibility(result, "ph-sewage-1", "IN_CHARGE").answerableNow()).map(TraceRendering::answerable)
			.containsExactly("SAME_POST po-vm-a: po-vm-a[vacant] > po-mayor[pe-zhao-shan]");
		// Assigned to 何西 directly, until the phase ended: the posts he held on its last day answer, followed to
		// the date (his 副主任 post went with the reorganised commission: its successor's principal answers).
		assertThat(responsibility(result, "ph-sewage-3", "GOVERNMENT_REPRESENTATIVE").answerableNow())
			.map(TraceRendering::answerable)
			.containsExactly("SAME_POST po-czj-director: po-czj-director[pe-he-xi] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]",
					"SUCCESSOR_PRINCIPAL po-fgj-director: po-fgj-director[pe-qian-jiang] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");
		assertThat(responsibility(sewage("2021-01-01"), "ph-sewage-4", "RESPONSIBLE_OFFICER").answerableNow())
			.map(TraceRendering::answerable)
			.containsExactly("SAME_POST po-fgw-director: po-fgw-director[pe-sun-bei] > po-vm-b[pe-li-qing] > po-mayor[pe-lin-mu]");
	}

	@Test
	void projectAccountability_tracesAResponsibilityAssignedToAPersonThroughThePostsTheyHeld() {
		var procurement = responsibility(sewage("2024-01-01"), "ph-sewage-3", "GOVERNMENT_REPRESENTATIVE");
		assertThat(procurement.post()).isNull();
		assertThat(procurement.person().id()).isEqualTo("pe-he-xi");
		assertThat(procurement.vacant()).isFalse();
		assertThat(procurement.holders()).map(TraceRendering::holder)
			.containsExactly("pe-he-xi@po-czj-director[2019-06-01,2020-06-01)",
					"pe-he-xi@po-fgw-deputy[2019-06-01,2020-06-01)");
		assertThat(procurement.holders()).map(h -> chain(h.chain()))
			.containsExactly("po-czj-director[pe-he-xi] > po-vm-b[pe-li-qing] > po-mayor[pe-lin-mu]",
					"po-fgw-deputy[pe-he-xi] > po-fgw-director[pe-sun-bei] > po-vm-a[pe-wang-ping] > po-mayor[pe-lin-mu]");
	}

	@Test
	void projectAccountability_leavesOutTenuresThatBeganAfterTheDate() {
		var execution = responsibility(sewage("2020-07-01"), "ph-sewage-4", "RESPONSIBLE_OFFICER");
		assertThat(chain(execution.holders().getFirst().chain()))
			.isEqualTo("po-fgw-director[pe-sun-bei] > po-vm-b[pe-li-qing] > po-mayor[pe-lin-mu]");
	}

	@Test
	void projectAccountability_namesTheSignersAndDecidersWithTheirChainsOnTheDayOfTheAct() {
		var result = sewage("2024-01-01");
		assertThat(result.signatures()).map(TraceRendering::act).containsExactly("SIGNED pe-sun-bei 2019-12-01");
		var signature = result.signatures().getFirst();
		assertThat(signature.contract().id()).isEqualTo("ct-sewage");
		assertThat(signature.answerable()).map(TraceRendering::answerable)
			.containsExactly("HELD_POST po-fgw-director: po-fgw-director[pe-sun-bei] > po-vm-a[pe-wang-ping] > po-mayor[pe-lin-mu]");
		// Who answers for the signature now: the commission was succeeded by the bureau, whose principal answers.
		assertThat(signature.answerableNow()).map(TraceRendering::answerable)
			.containsExactly("SUCCESSOR_PRINCIPAL po-fgj-director: po-fgj-director[pe-qian-jiang] > po-vm-b[pe-li-qing] > po-mayor[pe-zhao-shan]");

		assertThat(result.decisions()).map(TraceRendering::act)
			.containsExactly("DECIDED bd-city 2018-03-01", "DECIDED pe-lin-mu 2018-03-01");
		assertThat(result.decisions()).flatMap(ActTrace::answerable)
			.map(TraceRendering::answerable)
			.containsExactly("PRINCIPAL_POST po-mayor: po-mayor[pe-lin-mu]", "HELD_POST po-mayor: po-mayor[pe-lin-mu]");
		assertThat(result.decisions().getFirst().decision().docNo()).isEqualTo("青政发〔2018〕12号");
	}

	@Test
	void projectAccountability_drawsTheProjectItsPhasesAndTheirPeople() {
		var graph = sewage("2024-01-01").graph();
		assertThat(graph.nodes()).extracting(TraceNode::id)
			.contains("pj-sewage", "ph-sewage-1", "ph-sewage-4", "po-fgw-director", "pe-chen-dong", "pe-sun-bei",
					"ct-sewage", "dc-sewage")
			.doesNotContain("ph-sewage-5")
			.doesNotHaveDuplicates();
		assertThat(graph.edges()).extracting(e -> e.source() + " " + e.type() + " " + e.target())
			.contains("pj-sewage HAS_PHASE ph-sewage-2", "ph-sewage-2 RESPONSIBLE po-fgw-director",
					"ct-sewage SIGNED_BY pe-sun-bei", "ct-sewage FOR pj-sewage", "dc-sewage ON pj-sewage",
					"pj-sewage OWNED_BY bd-fgw");
	}

	@Test
	void projectAccountability_ofAnUnknownProjectIsEmpty() {
		assertThat(trace.projectAccountability("pj-nothing", LocalDate.parse("2024-01-01"))).isEmpty();
	}

}
