package org.integritygraph.person;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.bool;
import static org.integritygraph.graph.Props.str;

/** 职务: read model of a {@code :Post} node. {@code principal} marks the body's 主要负责人. */
public record Post(String id, String title, String titleEn, boolean principal, String grade) {

	public static Post of(MapAccessor n) {
		return new Post(str(n, "id"), str(n, "title"), str(n, "titleEn"), bool(n, "principal"), str(n, "grade"));
	}

}
