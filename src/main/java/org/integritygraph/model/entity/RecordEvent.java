package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 记录事件: a {@code :RecordEvent} node, one step of a record's lifecycle. */
public record RecordEvent(String id, String kind, LocalDate on, String actor, String reason, long version) implements Entity {
}
