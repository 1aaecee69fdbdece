package org.integritygraph.commitment;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/** A change of a commitment's status ({@code :CommitmentEvent}). */
public record CommitmentEvent(String id, String status, LocalDate on, String actor, String reason) {

	public static CommitmentEvent of(MapAccessor n) {
		return new CommitmentEvent(str(n, "id"), str(n, "status"), date(n, "on"), str(n, "actor"), str(n, "reason"));
	}

}
