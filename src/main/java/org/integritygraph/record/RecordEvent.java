package org.integritygraph.record;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/** An event in a record's lifecycle ({@code :RecordEvent}). */
public record RecordEvent(String id, String kind, LocalDate on, String actor, String reason) {

	public static RecordEvent of(MapAccessor n) {
		return new RecordEvent(str(n, "id"), str(n, "kind"), date(n, "on"), str(n, "actor"), str(n, "reason"));
	}

}
