package org.integritygraph.report;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/** A source document (文件) of a fact, identified by its 文号 where it has one. */
public record SourceRef(String id, String docNo, String title, LocalDate issuedOn, String url) {

	static SourceRef of(MapAccessor n) {
		return new SourceRef(str(n, "id"), str(n, "docNo"), str(n, "title"), date(n, "issuedOn"), str(n, "url"));
	}

}
