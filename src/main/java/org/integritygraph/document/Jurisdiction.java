package org.integritygraph.document;

import org.integritygraph.model.entity.Body;
import java.util.List;

/**
 * Where a document's units are looked for: the issuing government, the place names its units are
 * named after, and the bodies under it.
 *
 * @param government the government the issuer belongs to (or is), null when not in the graph
 * @param places the place names, whole and last level (青禾市河西区, 河西区), normal form
 * @param level the government's level (CITY, COUNTY …), for provisional bodies
 * @param bodies the bodies of the jurisdiction, the government included
 */
record Jurisdiction(Body government, List<String> places, String level, List<Body> bodies) {

	Jurisdiction {
		places = List.copyOf(places);
		bodies = List.copyOf(bodies);
	}

	/** The first place name, or an empty string. */
	String place() {
		return this.places.isEmpty() ? "" : this.places.getFirst();
	}

	/** The level a place name stands for: 市 a city, 区 and 县 a county, 镇 and 乡 a township. */
	static String levelOfPlace(String place) {
		if (place == null || place.isEmpty()) {
			return null;
		}
		if (place.endsWith("自治区") || place.endsWith("省")) {
			return "PROVINCE";
		}
		return switch (place.charAt(place.length() - 1)) {
			case '市', '州', '盟' -> "CITY";
			case '区', '县', '旗' -> "COUNTY";
			case '镇', '乡' -> "TOWNSHIP";
			default -> null;
		};
	}

}
