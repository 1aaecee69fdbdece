package org.integritygraph.report;

import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Record;
import org.integritygraph.model.entity.RecordEvent;

/**
 * 诚信记录 in a report, with why it is there ({@code relation}: {@code CONCERNS_PROJECT} or
 * {@code AGAINST_RESPONSIBLE_PERSON}), its status on the report's date, its subjects, issuer, what it concerns
 * and its lifecycle events up to that date.
 */
public record ReportRecord(Record record, String statusOn, String relation, List<Entity> against, Body issuer,
		List<Entity> concerns, List<RecordEvent> events, List<Document> sources) {
}
