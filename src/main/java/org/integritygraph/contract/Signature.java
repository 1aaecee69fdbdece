package org.integritygraph.contract;

import java.time.LocalDate;

import org.integritygraph.person.Person;

/** A {@code SIGNED_BY} relationship: who signed, and when. */
public record Signature(Person person, LocalDate on) {

	/** From a row with a {@code node} column (the person) and an {@code on} column. */
	public static Signature of(org.neo4j.driver.Record r) {
		return new Signature(Person.of(r.get("node").asNode()), r.get("on").asLocalDate(null));
	}

}
