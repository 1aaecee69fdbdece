package org.integritygraph.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.CommitmentEvent;

/**
 * The lifecycle of a commitment (承诺) read from its events: its status on a date is that of its latest event on or
 * before the date (as the accountability traces read it); a commitment without any event has its stored status;
 * before it was made it has none. It is <em>overdue</em> on a date when it was due before the date and is still
 * PENDING or OVERDUE then (fulfilled, waived and broken commitments are not overdue: broken is its own outcome).
 *
 * @param commitment the commitment
 * @param events its events known (e.g. up to an as-of date), oldest first
 * @param withoutEvents whether the commitment has no event at all (not only none known yet)
 */
public record CommitmentHistory(Commitment commitment, List<CommitmentEvent> events, boolean withoutEvents) {

	public static CommitmentHistory of(Commitment commitment, List<CommitmentEvent> events, boolean withoutEvents) {
		var sorted = new ArrayList<>(events);
		sorted.sort(Comparator.comparing(CommitmentEvent::on).thenComparing(CommitmentEvent::id));
		return new CommitmentHistory(commitment, List.copyOf(sorted), withoutEvents);
	}

	/** The status on the date; null before the commitment was made. */
	public String statusOn(LocalDate on) {
		var made = this.commitment.madeOn();
		if (made != null && made.isAfter(on)) {
			return null;
		}
		if (this.withoutEvents) {
			return this.commitment.status();
		}
		String status = null;
		for (var event : this.events) {
			if (event.on().isAfter(on)) {
				break;
			}
			status = event.status();
		}
		return (status == null && made != null) ? "PENDING" : status;
	}

	/** Due before the date and still PENDING or OVERDUE on it. */
	public boolean overdueOn(LocalDate on) {
		var due = this.commitment.dueOn();
		var status = statusOn(on);
		return due != null && due.isBefore(on) && ("OVERDUE".equals(status) || "PENDING".equals(status));
	}

	/** The date of the first event to this status within {@code [from, to)}, or null. */
	public LocalDate eventWithin(String status, LocalDate from, LocalDate to) {
		return this.events.stream()
			.filter(event -> event.status().equals(status) && !event.on().isBefore(from) && event.on().isBefore(to))
			.map(CommitmentEvent::on)
			.findFirst()
			.orElse(null);
	}

	/** The amount, 0 when none is recorded. */
	public double amount() {
		return (this.commitment.amount() != null) ? this.commitment.amount() : 0;
	}

}
