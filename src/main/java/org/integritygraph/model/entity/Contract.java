package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 合同: a {@code :Contract} node. */
public record Contract(String id, String title, String kind, Double value, String currency, LocalDate signedOn,
		LocalDate validFrom, LocalDate validTo, long version) implements Entity {
}
