package org.integritygraph.body;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.bool;
import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/**
 * 机关/单位: read model of a {@code :Body} node. Enumerations are carried as their names.
 *
 * @param provisional created from a policy document's unit, awaiting review (issue #12)
 */
public record Body(String id, String name, String nameEn, String kind, String level, String divisionCode,
		String uscc, LocalDate establishedOn, LocalDate abolishedOn, boolean provisional) {

	public static Body of(MapAccessor n) {
		return new Body(str(n, "id"), str(n, "name"), str(n, "nameEn"), str(n, "kind"), str(n, "level"),
				str(n, "divisionCode"), str(n, "uscc"), date(n, "establishedOn"), date(n, "abolishedOn"),
				bool(n, "provisional"));
	}

}
