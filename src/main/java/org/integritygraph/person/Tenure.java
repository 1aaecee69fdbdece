package org.integritygraph.person;

import java.time.LocalDate;

/** 任职: a {@code HELD} relationship, person to post, over {@code [from, to)}. */
public record Tenure(String personId, String postId, LocalDate from, LocalDate to) {

	/** From a row with the columns {@code person}, {@code post} (ids), {@code from} and {@code to}. */
	public static Tenure of(org.neo4j.driver.Record r) {
		return new Tenure(r.get("person").asString(), r.get("post").asString(), r.get("from").asLocalDate(null),
				r.get("to").asLocalDate(null));
	}

}
