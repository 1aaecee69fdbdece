package org.integritygraph.monitoring;

import java.time.LocalDate;

/**
 * A fact behind an indicator value: a commitment or a record, as it stood at the month's end, with the date that
 * made it count ({@code on}: the due date of an overdue commitment, the day a commitment was broken, the day a
 * record was decided or repaired, the day an objection was filed). Stored with the monthly snapshot, so that an
 * explanation shows the facts as they were. A fact the caller may not see is {@code hidden}: only its type remains.
 *
 * @param type {@code COMMITMENT} or {@code RECORD}
 * @param bodyId the body it belongs to (the ranked body or one below it)
 * @param kind the commitment's or record's kind
 * @param severity a record's severity
 * @param status its status at the month's end
 * @param days for an objection: how many days it had been pending at the month's end
 */
public record Fact(String type, String id, String bodyId, String title, String docNo, String kind, String severity,
		LocalDate on, Double amount, String status, Integer days, boolean hidden) {

	/** The same fact with nothing but its type: for a caller who may not see it. */
	Fact masked() {
		return new Fact(this.type, null, null, null, null, null, null, null, null, null, null, true);
	}

}
