package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 诚信记录: a {@code :Record} node; {@code status} follows its events. */
public record Record(String id, String kind, String severity, String status, String title, String docNo,
		LocalDate decidedOn, LocalDate disclosureUntil, String summary, long version) implements Entity {
}
