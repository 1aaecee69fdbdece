package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * 诚信记录 in a report, with why it is there ({@code relation}: {@code CONCERNS_PROJECT} or
 * {@code AGAINST_RESPONSIBLE_PERSON}), its subjects, issuer, what it concerns and its lifecycle events.
 */
public record ReportRecord(String id, String kind, String severity, String status, String title, String docNo,
		LocalDate decidedOn, LocalDate disclosureUntil, String summary, String relation, List<Ref> against, Ref issuer,
		List<ReportConcern> concerns, List<ReportRecordEvent> events, List<SourceRef> sources) {

	/** What a record is about: a {@code PROJECT}, {@code DECISION}, {@code CONTRACT} or {@code COMMITMENT}. */
	public record ReportConcern(String type, String id, String title, String docNo) {
	}

	/** An event in a record's lifecycle (记录事件). */
	public record ReportRecordEvent(String kind, LocalDate on, String actor, String reason) {
	}

}
