package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 重大决策: a {@code :Decision} node with its 文号. */
public record Decision(String id, String docNo, String title, LocalDate decidedOn, String summary, long version) implements Entity {
}
