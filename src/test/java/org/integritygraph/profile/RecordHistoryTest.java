package org.integritygraph.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.integritygraph.model.entity.Record;
import org.integritygraph.model.entity.RecordEvent;
import org.integritygraph.profile.RecordHistory.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A record's status on any date, read from its events, and the periods a rule's statuses last. */
class RecordHistoryTest {

	static final LocalDate DECIDED = LocalDate.of(2024, 3, 1);

	static Record record(String status, LocalDate until) {
		return new Record("r", "BROKEN_COMMITMENT", "GENERAL", status, "t", null, DECIDED, until, null, 0);
	}

	static RecordEvent event(int n, String kind, String on) {
		return new RecordEvent("r-" + n, kind, LocalDate.parse(on), null, null, 0);
	}

	@Test
	void statusFollowsTheEvents_andTheDisclosurePeriodEndsItWithoutAnEvent() {
		var history = RecordHistory.of(record("RECORDED", LocalDate.of(2027, 3, 1)),
				List.of(event(2, "OBJECTION_FILED", "2024-03-10"), event(1, "RECORDED", "2024-03-01"),
						event(3, "CORRECTED", "2024-03-20"), event(4, "OBJECTION_REJECTED", "2024-04-01")),
				false);
		assertThat(history.statusOn(LocalDate.of(2024, 2, 29))).isNull();
		assertThat(history.statusOn(DECIDED)).isEqualTo("RECORDED");
		assertThat(history.statusOn(LocalDate.of(2024, 3, 25))).isEqualTo("OBJECTION_PENDING");
		assertThat(history.statusSince(LocalDate.of(2024, 3, 25))).isEqualTo(LocalDate.of(2024, 3, 10));
		assertThat(history.statusOn(LocalDate.of(2024, 4, 1))).isEqualTo("RECORDED");
		assertThat(history.statusOn(LocalDate.of(2027, 2, 28))).isEqualTo("RECORDED");
		assertThat(history.statusOn(LocalDate.of(2027, 3, 1))).isEqualTo("EXPIRED");
	}

	@Test
	void aRuleNotApplyingDuringAnObjection_isSuspendedAndResumes() {
		var history = RecordHistory.of(record("RECORDED", LocalDate.of(2027, 3, 1)),
				List.of(event(1, "RECORDED", "2024-03-01"), event(2, "OBJECTION_FILED", "2024-03-10"),
						event(3, "OBJECTION_REJECTED", "2024-04-01")),
				false);
		assertThat(history.periodsIn(Set.of("RECORDED"), DECIDED, null)).containsExactly(
				new Period(DECIDED, LocalDate.of(2024, 3, 10), "OBJECTION_PENDING"),
				new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 1), "EXPIRED"));
		assertThat(history.periodsIn(RecordHistory.IN_FORCE, DECIDED, DECIDED.plusMonths(6)))
			.containsExactly(new Period(DECIDED, LocalDate.of(2024, 9, 1), "TIME_LIMIT"));
	}

	@Test
	void repairEndsTheRecordsStanding_andARecordWithoutEventsHasItsStoredStatus() {
		var repaired = RecordHistory.of(record("REPAIRED", LocalDate.of(2027, 3, 1)),
				List.of(event(1, "RECORDED", "2024-03-01"), event(2, "REPAIR_APPLIED", "2024-08-01"),
						event(3, "REPAIRED", "2024-09-15")),
				false);
		assertThat(repaired.periodsIn(RecordHistory.IN_FORCE, DECIDED, null))
			.containsExactly(new Period(DECIDED, LocalDate.of(2024, 9, 15), "REPAIRED"));
		assertThat(repaired.eventWithin("REPAIRED", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1)))
			.isEqualTo(LocalDate.of(2024, 9, 15));
		var bare = RecordHistory.of(record("EXEMPTED", null), List.of(), true);
		assertThat(bare.statusOn(DECIDED)).isEqualTo("EXEMPTED");
		assertThat(bare.periodsIn(RecordHistory.IN_FORCE, DECIDED, null)).isEmpty();
	}

}
