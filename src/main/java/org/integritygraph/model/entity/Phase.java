package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 项目阶段: a {@code :Phase} node, over {@code [from, to)}. */
public record Phase(String id, String stage, LocalDate from, LocalDate to, long version) implements Entity {
}
