package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 承诺状态变更: a {@code :CommitmentEvent} node, the status a commitment changed to on a date. */
public record CommitmentEvent(String id, String status, LocalDate on, String actor, String reason, long version) implements Entity {
}
