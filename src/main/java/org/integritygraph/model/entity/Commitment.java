package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 承诺: a {@code :Commitment} node; {@code status} is its current status. */
public record Commitment(String id, String title, String text, String kind, String status, LocalDate madeOn,
		LocalDate dueOn, Double amount, String currency, long version) implements Entity {
}
