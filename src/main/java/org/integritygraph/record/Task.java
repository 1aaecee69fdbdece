package org.integritygraph.record;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.str;

/** A numbered task of a policy document ({@code :Task}). */
public record Task(String id, String number, String text) {

	public static Task of(MapAccessor n) {
		return new Task(str(n, "id"), str(n, "number"), str(n, "text"));
	}

}
