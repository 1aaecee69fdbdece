package org.integritygraph.profile;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Record;
import org.integritygraph.model.entity.RecordEvent;

/**
 * A record in a credit profile: its status on the profile's date, the measures it brought, and, for a record
 * against a predecessor of the body, that predecessor.
 *
 * @param publicOn whether the public may see it on the profile's date (the domain's disclosure rules)
 * @param standingUntil when it stopped standing against the subject (RECORDED or OBJECTION_PENDING): repaired,
 * exempted, revoked or expired; after the profile's date when only its expiry is due then; null: no end known
 */
public record ProfileRecord(Record record, String statusOn, Body issuer, Body inheritedFrom, boolean publicOn,
		LocalDate standingUntil, List<RecordEvent> events, List<Measure> measures) {
}
