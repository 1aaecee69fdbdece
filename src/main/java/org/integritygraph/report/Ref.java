package org.integritygraph.report;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.str;

/**
 * A body, person or company named in a report: enough to print it and to find it again by id.
 *
 * @param type {@code BODY}, {@code PERSON} or {@code COMPANY}
 */
public record Ref(String type, String id, String name, String nameEn) {

	static Ref body(MapAccessor node) {
		return of("BODY", node);
	}

	static Ref person(MapAccessor node) {
		return of("PERSON", node);
	}

	/** From a query's {@code {type, node}} map. */
	static Ref typed(MapAccessor entry) {
		return of(entry.get("type").asString(), entry.get("node").asNode());
	}

	private static Ref of(String type, MapAccessor node) {
		if (node == null) {
			return null;
		}
		return new Ref(type, str(node, "id"), str(node, "name"), str(node, "nameEn"));
	}

	/** The name in the report's language: English when asked for and known, else Chinese. */
	public String name(boolean english) {
		return (english && this.nameEn != null) ? this.nameEn : this.name;
	}

}
