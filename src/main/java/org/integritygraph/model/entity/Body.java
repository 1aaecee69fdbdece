package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 机关/单位: a {@code :Body} node. Enumerations are carried as their names. */
public record Body(String id, String name, String nameEn, String kind, String level, String divisionCode,
		String uscc, LocalDate establishedOn, LocalDate abolishedOn, long version) implements Entity {
}
