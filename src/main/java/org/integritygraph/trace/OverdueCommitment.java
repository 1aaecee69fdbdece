package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;

/**
 * A commitment due before the date and neither fulfilled nor lawfully waived on it. {@code statusOn} is
 * its status on the date (from its events). {@code obligation} says whose it is: {@code OWN}; {@code INHERITED}
 * from {@code inheritedFrom} (the predecessor that made it) on {@code inheritedOn}, through the
 * {@code SUCCEEDED_BY} edges {@code inheritedThrough}; or {@code PASSED} to {@code passedTo} (the body that
 * bears it on the date) on {@code passedOn}, through {@code passedThrough} — an inherited commitment passed on
 * has both.
 */
public record OverdueCommitment(Commitment commitment, Body madeBy, String statusOn, long daysOverdue,
		ObligationKind obligation, Body inheritedFrom, LocalDate inheritedOn, List<TraceEdge> inheritedThrough,
		Body passedTo, LocalDate passedOn, List<TraceEdge> passedThrough) {
}
