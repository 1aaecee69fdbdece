package org.integritygraph.trace;

import org.integritygraph.support.TestNeo4j;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Question 5 of the domain: overdue commitments of a body on a date, inherited ones included (fixture {@code city}). */
class OverdueCommitmentsTest {

	private static TraceService trace;

	@BeforeAll
	static void loadFixture() {
		TestNeo4j.replaceGraph("trace/city.jsonl");
		trace = TestNeo4j.traceService();
	}

	private static OverdueCommitments overdue(String bodyId, String at) {
		return trace.overdueCommitments(bodyId, LocalDate.parse(at)).orElseThrow();
	}

	private static String render(OverdueCommitment overdue) {
		return overdue.commitment().id() + " " + overdue.statusOn() + " by " + overdue.madeBy().id() + " "
				+ overdue.daysOverdue() + "d";
	}

	@Test
	void overdueCommitments_includeThoseInheritedFromPredecessors() {
		var result = overdue("bd-fgj", "2023-06-01");
		// The payment (due 2021-12-31) came with the reorganisation; 审批时限承诺 was fulfilled only in 2024.
		assertThat(result.commitments()).map(OverdueCommitmentsTest::render)
			.containsExactly("cm-payment BROKEN by bd-fgw 517d", "cm-late PENDING by bd-fgj 151d");
		assertThat(result.totalCount()).isEqualTo(2);
		assertThat(result.commitments().getFirst().inheritedThrough()).containsExactly(new TraceEdge("bd-fgw", "bd-fgj",
				"SUCCEEDED_BY", null, null, LocalDate.parse("2022-01-01"), null));
		assertThat(result.commitments().get(1).inheritedThrough()).isEmpty();
		assertThat(result.graph().edges()).extracting(e -> e.source() + " " + e.type() + " " + e.target())
			.containsExactlyInAnyOrder("bd-fgw MADE cm-payment", "bd-fgj MADE cm-late", "bd-fgw SUCCEEDED_BY bd-fgj");
	}

	@Test
	void overdueCommitments_markEachAsOwnInheritedFromAPredecessorOrPassedToTheSuccessor() {
		// The successor: the payment is inherited from 发改委 (on the reorganisation), the late one is its own.
		var successor = overdue("bd-fgj", "2023-06-01").commitments();
		assertThat(successor).extracting(o -> o.commitment().id() + " " + o.obligation())
			.containsExactly("cm-payment INHERITED", "cm-late OWN");
		assertThat(successor.getFirst().inheritedFrom().id()).isEqualTo("bd-fgw");
		assertThat(successor.getFirst().inheritedOn()).isEqualTo(LocalDate.parse("2022-01-01"));
		assertThat(successor.getFirst().passedTo()).isNull();
		assertThat(successor.get(1).inheritedFrom()).isNull();
		// The abolished body still lists its old commitment, marked as passed to its successor.
		var abolished = overdue("bd-fgw", "2023-06-01").commitments();
		assertThat(abolished).extracting(o -> o.commitment().id() + " " + o.obligation())
			.containsExactly("cm-payment PASSED");
		assertThat(abolished.getFirst().passedTo().id()).isEqualTo("bd-fgj");
		assertThat(abolished.getFirst().passedOn()).isEqualTo(LocalDate.parse("2022-01-01"));
		assertThat(abolished.getFirst().passedThrough()).extracting(e -> e.source() + " " + e.type() + " " + e.target())
			.containsExactly("bd-fgw SUCCEEDED_BY bd-fgj");
		// It passed on the day of the reorganisation, the day it fell overdue.
		assertThat(overdue("bd-fgw", "2022-01-01").commitments()).extracting(o -> o.commitment().id() + " " + o.obligation())
			.containsExactly("cm-payment PASSED");
		assertThat(overdue("bd-fgw", "2021-12-31").commitments()).isEmpty();
	}

	@Test
	void overdueCommitments_useTheStatusOnTheDateFromTheEvents() {
		// Overdue from its due date; broken only from 2023-03-01.
		assertThat(overdue("bd-fgj", "2022-01-01").commitments()).map(OverdueCommitmentsTest::render)
			.containsExactly("cm-payment OVERDUE by bd-fgw 1d");
		// Fulfilled on 2024-02-01: no longer overdue that day.
		assertThat(overdue("bd-fgj", "2024-01-31").commitments()).extracting(o -> o.commitment().id())
			.containsExactly("cm-payment", "cm-late");
		assertThat(overdue("bd-fgj", "2024-02-01").commitments()).extracting(o -> o.commitment().id())
			.containsExactly("cm-payment");
	}

	@Test
	void overdueCommitments_countOnlyCommitmentsDueBeforeTheDate() {
		assertThat(overdue("bd-fgw", "2021-12-31").commitments()).isEmpty();
		assertThat(overdue("bd-fgw", "2022-01-01").commitments()).extracting(o -> o.commitment().id())
			.containsExactly("cm-payment");
	}

	@Test
	void overdueCommitments_leaveOutLawfullyWaivedCommitments() {
		assertThat(overdue("bd-fgw", "2025-01-01").commitments()).extracting(o -> o.commitment().id())
			.containsExactly("cm-payment")
			.doesNotContain("cm-waived");
	}

	@Test
	void overdueCommitments_ofAPredecessorDoNotIncludeItsSuccessorsCommitments() {
		assertThat(overdue("bd-fgw", "2025-01-01").commitments()).extracting(o -> o.commitment().id())
			.doesNotContain("cm-late");
	}

	@Test
	void overdueCommitments_ofAnUnknownBodyAreEmpty() {
		assertThat(trace.overdueCommitments("bd-nothing", LocalDate.parse("2025-01-01"))).isEmpty();
	}

}
