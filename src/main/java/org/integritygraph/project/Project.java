package org.integritygraph.project;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.dbl;
import static org.integritygraph.graph.Props.str;

/** 项目: read model of a {@code :Project} node. */
public record Project(String id, String name, String nameEn, String kind, String phase, String status, Double budget,
		String currency, LocalDate startedOn, String description) {

	public static Project of(MapAccessor n) {
		return new Project(str(n, "id"), str(n, "name"), str(n, "nameEn"), str(n, "kind"), str(n, "phase"),
				str(n, "status"), dbl(n, "budget"), str(n, "currency"), date(n, "startedOn"), str(n, "description"));
	}

}
