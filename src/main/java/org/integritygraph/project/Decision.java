package org.integritygraph.project;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/** 重大决策: read model of a {@code :Decision} node, identified by its 文号 ({@code docNo}). */
public record Decision(String id, String docNo, String title, LocalDate decidedOn, String summary) {

	public static Decision of(MapAccessor n) {
		return new Decision(str(n, "id"), str(n, "docNo"), str(n, "title"), date(n, "decidedOn"), str(n, "summary"));
	}

}
