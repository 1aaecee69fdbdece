package org.integritygraph.project;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/** 项目阶段: read model of a {@code :Phase} node, over {@code [from, to)}. */
public record Phase(String id, String stage, LocalDate from, LocalDate to) {

	public static Phase of(MapAccessor n) {
		return new Phase(str(n, "id"), str(n, "stage"), date(n, "from"), date(n, "to"));
	}

}
