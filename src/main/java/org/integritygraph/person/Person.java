package org.integritygraph.person;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.str;

/** 公职人员: read model of a {@code :Person} node (never carries birth dates or identity numbers). */
public record Person(String id, String name, String nameEn, String gender) {

	public static Person of(MapAccessor n) {
		return new Person(str(n, "id"), str(n, "name"), str(n, "nameEn"), str(n, "gender"));
	}

}
