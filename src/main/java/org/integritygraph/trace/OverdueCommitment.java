package org.integritygraph.trace;

import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;

/**
 * A commitment due before the date and neither fulfilled nor lawfully waived on it. {@code statusOn} is
 * its status on the date (from its events); {@code inheritedThrough} are the {@code SUCCEEDED_BY} edges
 * from the body that made it to the body asked about (empty when that body made it).
 */
public record OverdueCommitment(Commitment commitment, Body madeBy, String statusOn, long daysOverdue,
		List<TraceEdge> inheritedThrough) {
}
