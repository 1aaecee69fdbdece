package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Body;

/** 逾期承诺: the overdue commitments of a body on a date, its predecessors' included, oldest due first. */
public record OverdueCommitments(Body body, LocalDate at, List<OverdueCommitment> commitments, int totalCount,
		boolean truncated, TraceGraph graph) {
}
