package org.integritygraph.project;

import java.time.LocalDate;

/**
 * A {@code RESPONSIBLE} relationship from a phase to a post (or directly to a person). Its dates
 * default to the phase's when the relationship does not narrow them.
 */
public record Responsibility(String role, String phaseId, String postId, String personId, LocalDate from,
		LocalDate to) {

	/** From a row with the columns {@code role}, {@code phase}, {@code post}, {@code person}, {@code from}, {@code to}. */
	public static Responsibility of(org.neo4j.driver.Record r) {
		return new Responsibility(r.get("role").asString(), r.get("phase").asString(), r.get("post").asString(null),
				r.get("person").asString(null), r.get("from").asLocalDate(null), r.get("to").asLocalDate(null));
	}

}
