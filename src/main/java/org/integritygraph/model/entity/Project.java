package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 项目: a {@code :Project} node; {@code phase} is the current stage. */
public record Project(String id, String name, String nameEn, String kind, String phase, String status, Double budget,
		String currency, LocalDate startedOn, String description, long version) implements Entity {
}
