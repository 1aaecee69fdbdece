package org.integritygraph.edit;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Commitments: made, fulfilled, overdue, broken, lawfully waived; and the changes the lifecycle refuses. */
class CommitmentLifecycleTests extends EditingTest {

	static final String CHANGE = """
			mutation($id: ID!, $on: Date!, $reason: String!) {
			  %s(input: {commitmentId: $id, on: $on, reason: $reason}) {
			    commitment { id status version events { status on reason } }
			    event { status on }
			    userErrors { code message field }
			  }
			}""";

	@Test
	void createCommitment_recordsTheMakerSignerProjectBeneficiaryAndThePendingEvent() {
		var response = post("""
				mutation {
				  createCommitment(input: {id: "cm-new", title: "按期移交停车场用地", kind: CONTRACT_OBLIGATION,
				      madeOn: "2024-01-15", dueOn: "2024-06-30", madeById: "bd-transport", signedById: "pe-liu",
				      projectId: "pj-road", contractId: "ct-road", beneficiaryIds: ["91990100MA0000001G"],
				      reason: "合同约定"}) {
				    commitment { status madeBy { id } signature { person { id } on } project { id } contract { id }
				                 beneficiaries { ... on Company { id } } events { status on actor } version }
				    userErrors { code message }
				  }
				}""");
		assertThat(errorCodes(response, "createCommitment")).isEmpty();
		assertThat(response.<String>read("$.data.createCommitment.commitment.status")).isEqualTo("PENDING");
		assertThat(response.<String>read("$.data.createCommitment.commitment.madeBy.id")).isEqualTo("bd-transport");
		assertThat(response.<String>read("$.data.createCommitment.commitment.signature.on")).isEqualTo("2024-01-15");
		assertThat(response.<String>read("$.data.createCommitment.commitment.project.id")).isEqualTo("pj-road");
		assertThat(response.<List<String>>read("$.data.createCommitment.commitment.beneficiaries[*].id"))
			.containsExactly("91990100MA0000001G");
		assertThat(response.<List<String>>read("$.data.createCommitment.commitment.events[*].actor"))
			.containsExactly("青禾市交通运输局");
	}

	@Test
	void overdueThenBroken_followsTheDueDate() {
		var early = change("markCommitmentOverdue", "cm-road-payment", "2024-12-31");
		assertThat(errorCodes(early, "markCommitmentOverdue")).containsExactly("DATE_ORDER");
		assertThat(early.<String>read("$.data.markCommitmentOverdue.userErrors[0].message"))
			.isEqualTo("It is due on 2024-12-31: overdue from the day after.");

		var overdue = change("markCommitmentOverdue", "cm-road-payment", "2025-01-01");
		assertThat(overdue.<String>read("$.data.markCommitmentOverdue.commitment.status")).isEqualTo("OVERDUE");
		var broken = change("markCommitmentBroken", "cm-road-payment", "2025-06-15");
		assertThat(broken.<String>read("$.data.markCommitmentBroken.commitment.status")).isEqualTo("BROKEN");
		assertThat(broken.<List<String>>read("$.data.markCommitmentBroken.commitment.events[*].status"))
			.containsExactly("PENDING", "OVERDUE", "BROKEN");
	}

	@Test
	void aPendingCommitment_cannotBeBroken_andAFulfilledOneDoesNotChange() {
		var broken = change("markCommitmentBroken", "cm-road-payment", "2025-06-15");
		assertThat(errorCodes(broken, "markCommitmentBroken")).containsExactly("ILLEGAL_TRANSITION");
		assertThat(broken.<String>read("$.data.markCommitmentBroken.userErrors[0].message"))
			.isEqualTo("A commitment that is PENDING cannot become BROKEN (only one that is OVERDUE).");
		var fulfilled = change("markCommitmentOverdue", "cm-road-land", "2025-06-15");
		assertThat(errorCodes(fulfilled, "markCommitmentOverdue")).containsExactly("ILLEGAL_TRANSITION");
	}

	@Test
	void anOverdueCommitment_canStillBeFulfilled() {
		var fulfilled = change("fulfilCommitment", "cm-road-subsidy", "2024-03-18");
		assertThat(fulfilled.<String>read("$.data.fulfilCommitment.commitment.status")).isEqualTo("FULFILLED");
		var before = change("fulfilCommitment", "cm-road-payment", "2020-05-01");
		assertThat(errorCodes(before, "fulfilCommitment")).containsExactly("DATE_ORDER");
	}

	@Test
	void waiver_recordsTheCompensationDecisionTheChangeRestsOn() {
		var response = post("""
				mutation {
				  waiveCommitment(input: {commitmentId: "cm-road-subsidy", on: "2024-08-01",
				      reason: "依据公平竞争审查停止执行,依法予以补偿",
				      compensation: {id: "dc-subsidy-change", docNo: "青交发〔2024〕22号", title: "关于依法变更运营补贴条款并予以补偿的决定",
				                     decidedOn: "2024-07-26", summary: "一次性补偿500万元"}}) {
				    commitment { status }
				    event { status decision { id docNo decidedBy { ... on Body { id } } project { id } } }
				    userErrors { code message }
				  }
				}""");
		assertThat(errorCodes(response, "waiveCommitment")).isEmpty();
		assertThat(response.<String>read("$.data.waiveCommitment.commitment.status")).isEqualTo("WAIVED");
		assertThat(response.<String>read("$.data.waiveCommitment.event.decision.docNo")).isEqualTo("青交发〔2024〕22号");
		assertThat(response.<List<String>>read("$.data.waiveCommitment.event.decision.decidedBy[*].id"))
			.as("by default the body that made it").containsExactly("bd-transport");
		assertThat(response.<String>read("$.data.waiveCommitment.event.decision.project.id")).isEqualTo("pj-road");
	}

	@Test
	void aWaiverWithoutTheDecisionsDocNo_isRefusedAndChangesNothing() {
		var before = TestNeo4j.snapshot();
		var response = post("""
				mutation {
				  waiveCommitment(input: {commitmentId: "cm-road-subsidy", on: "2024-08-01", reason: "依法变更",
				      compensation: {docNo: " ", title: "补偿决定", decidedOn: "2024-07-26"}}) {
				    userErrors { code field }
				  }
				}""");
		assertThat(errorCodes(response, "waiveCommitment")).containsExactly("REQUIRED");
		assertThat(response.<List<String>>read("$.data.waiveCommitment.userErrors[0].field"))
			.containsExactly("input", "compensation", "docNo");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	private DocumentContext change(String mutation, String id, String on) {
		return post(CHANGE.formatted(mutation), Map.of("id", id, "on", on, "reason", "测试"));
	}

}
