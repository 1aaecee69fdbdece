package org.integritygraph.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.integritygraph.model.entity.Record;
import org.integritygraph.model.entity.RecordEvent;

/**
 * The lifecycle of an integrity record read from its events (记录事件): its status on any date, and the dates on
 * which it changed. The status follows the events as the domain defines them — {@code OBJECTION_FILED} →
 * OBJECTION_PENDING, {@code OBJECTION_UPHELD} → REVOKED, {@code OBJECTION_REJECTED} → RECORDED, {@code REPAIRED},
 * {@code EXEMPTED}, {@code EXPIRED} → the same-named status; {@code CORRECTED} and {@code REPAIR_APPLIED} keep
 * it — starting as RECORDED on {@code decidedOn}. A record still RECORDED or OBJECTION_PENDING when its
 * disclosure period ends ({@code disclosureUntil}) is EXPIRED from that day, with or without an
 * {@code EXPIRED} event. A record without any event has its stored status from {@code decidedOn} on.
 *
 * @param record the record
 * @param events its events known (e.g. those up to an as-of date), in any order
 * @param changes the status from each date on, oldest first (the first is on {@code decidedOn})
 */
public record RecordHistory(Record record, List<RecordEvent> events, List<StatusChange> changes) {

	/** The statuses in which a record counts against its subject and is public during its period. */
	public static final Set<String> IN_FORCE = Set.of("RECORDED", "OBJECTION_PENDING");

	/** The history of a record from the events given ({@code withoutEvents}: the record has no event at all). */
	public static RecordHistory of(Record record, List<RecordEvent> events, boolean withoutEvents) {
		var sorted = new ArrayList<>(events);
		sorted.sort(Comparator.comparing(RecordEvent::on).thenComparing(RecordEvent::id));
		var changes = new ArrayList<StatusChange>();
		if (withoutEvents) {
			changes.add(new StatusChange(record.decidedOn(), record.status(), null));
		}
		else {
			changes.add(new StatusChange(record.decidedOn(), "RECORDED", null));
			for (var event : sorted) {
				var status = statusAfter(event.kind(), changes.getLast().status());
				if (!status.equals(changes.getLast().status())) {
					changes.add(new StatusChange(event.on(), status, event.kind()));
				}
			}
		}
		var until = record.disclosureUntil();
		if (until != null) {
			var before = statusIn(changes, until.minusDays(1));
			var afterwards = changes.stream().anyMatch(change -> !change.on().isBefore(until));
			if (before != null && IN_FORCE.contains(before) && !afterwards) {
				changes.add(new StatusChange(until, "EXPIRED", null));
			}
		}
		return new RecordHistory(record, List.copyOf(sorted), List.copyOf(changes));
	}

	/** The status on the date; null before the record was decided. */
	public String statusOn(LocalDate on) {
		return statusIn(this.changes, on);
	}

	/** Since when the record has had its status on the date (the date of the last change on or before it); null before it was decided. */
	public LocalDate statusSince(LocalDate on) {
		LocalDate since = null;
		for (var change : this.changes) {
			if (change.on().isAfter(on)) {
				break;
			}
			since = change.on();
		}
		return since;
	}

	/** Whether the record was decided within {@code [from, to)}. */
	public boolean decidedWithin(LocalDate from, LocalDate to) {
		var decided = this.record.decidedOn();
		return !decided.isBefore(from) && decided.isBefore(to);
	}

	/** The date of the first event of this kind within {@code [from, to)}, or null. */
	public LocalDate eventWithin(String kind, LocalDate from, LocalDate to) {
		return this.events.stream()
			.filter(event -> event.kind().equals(kind) && !event.on().isBefore(from) && event.on().isBefore(to))
			.map(RecordEvent::on)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The periods in which the record's status is one of {@code statuses}, from {@code start} and before
	 * {@code limit} (exclusive; null: no limit), each with why it ended (null while it runs on).
	 */
	public List<Period> periodsIn(Set<String> statuses, LocalDate start, LocalDate limit) {
		var periods = new ArrayList<Period>();
		LocalDate openedOn = null;
		for (int i = 0; i < this.changes.size(); i++) {
			var change = this.changes.get(i);
			var on = change.on().isBefore(start) ? start : change.on();
			if (limit != null && !on.isBefore(limit)) {
				break;
			}
			boolean inside = statuses.contains(change.status());
			if (inside && openedOn == null) {
				openedOn = on;
			}
			else if (!inside && openedOn != null) {
				if (on.isAfter(openedOn)) {
					periods.add(new Period(openedOn, on, change.status()));
				}
				openedOn = null;
			}
		}
		if (openedOn != null) {
			periods.add(new Period(openedOn, limit, (limit != null) ? "TIME_LIMIT" : null));
		}
		return periods;
	}

	private static String statusIn(List<StatusChange> changes, LocalDate on) {
		String status = null;
		for (var change : changes) {
			if (change.on().isAfter(on)) {
				break;
			}
			status = change.status();
		}
		return status;
	}

	private static String statusAfter(String eventKind, String current) {
		return switch (eventKind) {
			case "RECORDED", "OBJECTION_REJECTED" -> "RECORDED";
			case "OBJECTION_FILED" -> "OBJECTION_PENDING";
			case "OBJECTION_UPHELD" -> "REVOKED";
			case "REPAIRED", "EXEMPTED", "EXPIRED" -> eventKind;
			default -> current;
		};
	}

	/**
	 * The record's status from a date on.
	 *
	 * @param event the event kind that changed it (null for the decision and for the end of the disclosure
	 * period without an event)
	 */
	public record StatusChange(LocalDate on, String status, String event) {
	}

	/**
	 * A period {@code [from, until)} ({@code until} null: open), and why it ended: the status the record moved
	 * to ({@code REPAIRED}, {@code EXPIRED} ...), or {@code TIME_LIMIT}; null while open.
	 */
	public record Period(LocalDate from, LocalDate until, String endedBy) {
	}

}
