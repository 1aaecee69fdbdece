package org.integritygraph.record;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/** 诚信记录: read model of a {@code :Record} node. */
public record Record(String id, String kind, String severity, String status, String title, String docNo,
		LocalDate decidedOn, LocalDate disclosureUntil, String summary) {

	public static Record of(MapAccessor n) {
		return new Record(str(n, "id"), str(n, "kind"), str(n, "severity"), str(n, "status"), str(n, "title"),
				str(n, "docNo"), date(n, "decidedOn"), date(n, "disclosureUntil"), str(n, "summary"));
	}

}
