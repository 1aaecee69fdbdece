package org.integritygraph.model.entity;

/** 职务: a {@code :Post} node. {@code principal} marks the body's 主要负责人. */
public record Post(String id, String title, String titleEn, boolean principal, String grade, long version) implements Entity {
}
