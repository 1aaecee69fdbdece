package org.integritygraph.edit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A body succeeded by another on a date, with everything that moves and ends, in one transaction. */
class ReorganisationTests extends EditingTest {

	static final String REORGANISE = """
			mutation {
			  reorganiseBody(input: {predecessorId: "bd-transport", successorId: "bd-housing", on: "2024-03-01",
			                         reason: "机构改革:交通运输局职责划入住房和城乡建设局"}) {
			    predecessor { id abolishedOn successors { body { id } on } }
			    successor { id assumedCommitments { id } assumedProjects { id } }
			    transferredCommitments { id status transfers { body { id } on reason } }
			    transferredProjects { id }
			    movedBodies { id parent(at: "2024-03-01") { id } }
			    endedTenures { person { id } post { id } to }
			    endedReportingLines { subordinate { id } superior { id } to }
			    userErrors { code message }
			    audit { operation changeCount }
			  }
			}""";

	@Test
	void reorganisation_movesOpenCommitmentsAndProjects_andEndsThePredecessorsPostsAndLinks() {
		var response = post(REORGANISE);

		assertThat(errorCodes(response, "reorganiseBody")).isEmpty();
		assertThat(response.<String>read("$.data.reorganiseBody.predecessor.abolishedOn")).isEqualTo("2024-03-01");
		assertThat(response.<List<String>>read("$.data.reorganiseBody.predecessor.successors[*].body.id"))
			.containsExactly("bd-housing");
		assertThat(response.<List<String>>read("$.data.reorganiseBody.transferredCommitments[*].id"))
			.as("open ones only: the fulfilled land commitment stays").containsExactly("cm-road-subsidy", "cm-road-payment");
		assertThat(response.<List<String>>read("$.data.reorganiseBody.successor.assumedCommitments[*].id"))
			.containsExactlyInAnyOrder("cm-road-subsidy", "cm-road-payment");
		assertThat(response.<List<String>>read("$.data.reorganiseBody.transferredProjects[*].id"))
			.as("the completed bridge stays").containsExactly("pj-road");
		assertThat(response.<List<String>>read("$.data.reorganiseBody.movedBodies[*].id"))
			.containsExactly("bd-transport-centre");
		assertThat(response.<String>read("$.data.reorganiseBody.movedBodies[0].parent.id")).isEqualTo("bd-housing");
		assertThat(response.<List<String>>read("$.data.reorganiseBody.endedTenures[*].person.id"))
			.containsExactlyInAnyOrder("pe-liu", "pe-chen");
		assertThat(response.<List<String>>read("$.data.reorganiseBody.endedReportingLines[*].subordinate.id"))
			.containsExactlyInAnyOrder("po-transport-director", "po-transport-section");
		assertThat(response.<List<String>>read("$.data.reorganiseBody.endedTenures[*].to")).containsOnly("2024-03-01");
	}

	@Test
	void aBodyAbolishedAlready_isNotReorganisedTwice() {
		post(REORGANISE);
		var again = post(REORGANISE);
		assertThat(errorCodes(again, "reorganiseBody")).containsExactly("ILLEGAL_TRANSITION");
	}

	@Test
	void whoAnswersForATransferredOverdueCommitment_isTheSuccessor() {
		post(REORGANISE);
		var response = post("""
				{ overdueCommitments(bodyId: "bd-housing", at: "2024-06-01") { commitments { commitment { id } } } }""");
		assertThat(response.<List<String>>read("$.data.overdueCommitments.commitments[*].commitment.id"))
			.contains("cm-road-subsidy");
	}

}
