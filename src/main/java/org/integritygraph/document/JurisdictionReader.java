package org.integritygraph.document;

import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integritygraph.graph.GraphReader;

import org.springframework.stereotype.Component;

/** Reads, never writes, the bodies a document's units may resolve to. */
@Component
class JurisdictionReader {

	static final String BODY_BY_ID = "MATCH (b:Body {id: $id}) RETURN b";

	static final String BODIES_BY_NAME = "MATCH (b:Body) WHERE b.name IN $names RETURN b ORDER BY b.id";

	/** The government a body belongs to: itself, or the nearest one up its part-of links. */
	static final String GOVERNMENT_OF = """
			MATCH path = (:Body {id: $id})-[:PART_OF*0..4]->(g:Body {kind: 'GOVERNMENT'})
			RETURN g AS b ORDER BY length(path) LIMIT 1""";

	static final String PARTS_OF = """
			MATCH (b:Body)-[:PART_OF*1..4]->(:Body {id: $id}) RETURN DISTINCT b""";

	static final String IN_DIVISION = "MATCH (b:Body) WHERE b.divisionCode STARTS WITH $prefix RETURN b";

	static final String NAMED_AFTER = """
			UNWIND $prefixes AS prefix MATCH (b:Body) WHERE b.name STARTS WITH prefix RETURN DISTINCT b""";

	private final GraphReader reader;

	JurisdictionReader(GraphReader reader) {
		this.reader = reader;
	}

	Optional<Body> body(String id) {
		return this.reader.one(BODY_BY_ID, Map.of("id", id), r -> Entities.as(r.get("b").asNode(), Body.class));
	}

	/** The bodies with this name as written or in its normal form. */
	List<Body> bodiesNamed(String name) {
		var names = List.of(name, UnitNames.normal(name));
		return this.reader.list(BODIES_BY_NAME, Map.of("names", names), r -> Entities.as(r.get("b").asNode(), Body.class));
	}

	Optional<Body> governmentOf(String bodyId) {
		return this.reader.one(GOVERNMENT_OF, Map.of("id", bodyId), r -> Entities.as(r.get("b").asNode(), Body.class));
	}

	/**
	 * The jurisdiction of a government: the bodies part of it, those of its division code, those
	 * named after its place (中卫市…, 中共中卫市…). Without a government, those named after the place.
	 */
	Jurisdiction jurisdiction(Body government, String place) {
		var places = UnitNames.placesOf(place);
		var bodies = new ArrayList<Body>();
		if (government != null) {
			bodies.add(government);
			bodies.addAll(list(PARTS_OF, Map.of("id", government.id())));
			divisionPrefix(government.divisionCode())
				.ifPresent(prefix -> bodies.addAll(list(IN_DIVISION, Map.of("prefix", prefix))));
		}
		var prefixes = new ArrayList<String>();
		places.stream().filter(p -> p.length() > 1).forEach(p -> {
			prefixes.add(p);
			prefixes.add("中共" + p);
		});
		if (!prefixes.isEmpty()) {
			bodies.addAll(list(NAMED_AFTER, Map.of("prefixes", prefixes)));
		}
		var level = (government != null && government.level() != null) ? government.level()
				: Jurisdiction.levelOfPlace(place);
		return new Jurisdiction(government, places, level, bodies);
	}

	private List<Body> list(String cypher, Map<String, ?> parameters) {
		return this.reader.list(cypher, parameters, r -> Entities.as(r.get("b").asNode(), Body.class));
	}

	/** 640500 → 6405 (the city and its counties); 640502 → 640502; 640000 → 64. */
	static Optional<String> divisionPrefix(String divisionCode) {
		if (divisionCode == null || divisionCode.length() < 6) {
			return Optional.empty();
		}
		var prefix = divisionCode.substring(0, 6);
		while (prefix.length() > 2 && prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return Optional.of(prefix);
	}

}
