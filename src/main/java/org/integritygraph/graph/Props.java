package org.integritygraph.graph;

import java.time.LocalDate;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Typed reads of node and relationship properties (absent or null properties read as null). */
public final class Props {

	private Props() {
	}

	public static String str(MapAccessor m, String key) {
		Value v = m.get(key);
		return (v == null || v.isNull()) ? null : v.asString();
	}

	public static LocalDate date(MapAccessor m, String key) {
		Value v = m.get(key);
		return (v == null || v.isNull()) ? null : v.asLocalDate();
	}

	public static Double dbl(MapAccessor m, String key) {
		Value v = m.get(key);
		return (v == null || v.isNull()) ? null : v.asDouble();
	}

	public static boolean bool(MapAccessor m, String key) {
		Value v = m.get(key);
		return v != null && !v.isNull() && v.asBoolean();
	}

}
