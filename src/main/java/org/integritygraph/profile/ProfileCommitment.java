package org.integritygraph.profile;

import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.CommitmentEvent;

/**
 * A commitment in a credit profile, with its status on the profile's date and how it belongs to the subject:
 * {@code MADE} by the body, {@code INHERITED} from a predecessor, {@code SIGNED} by the person, {@code RECEIVED}
 * by the company.
 *
 * @param overdue due before the profile's date and still pending or overdue then
 */
public record ProfileCommitment(Commitment commitment, String statusOn, boolean overdue, String relation,
		Body madeBy, List<CommitmentEvent> events) {
}
