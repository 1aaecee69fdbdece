package org.integritygraph.model.entity;

/** 任务: a {@code :Task} node, a numbered task of a policy document. */
public record Task(String id, String number, String text, long version) implements Entity {
}
