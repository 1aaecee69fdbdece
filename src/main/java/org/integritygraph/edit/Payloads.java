package org.integritygraph.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integritygraph.audit.AuditLog;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Link;

import org.springframework.stereotype.Component;

/**
 * The payload of a mutation, read after its transaction committed: the entities and relationships it
 * answers (named as the payload's fields), its user errors, its audit entry and whether it was a retry. A
 * payload is a map, so every payload type of the schema reads its fields by name. A retry with a known
 * idempotency key answers the same entities as the first time, as they are now.
 */
@Component
class Payloads {

	private static final String NODES = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n";

	private static final String RELATIONSHIPS = """
			MATCH (s:Entity)-[r]->(e:Entity) WHERE elementId(r) IN $ids
			RETURN elementId(r) AS id, type(r) AS type, s, e, properties(r) AS properties
			""";

	private final GraphReader reader;

	private final AuditLog log;

	Payloads(GraphReader reader, AuditLog log) {
		this.reader = reader;
		this.log = log;
	}

	Map<String, Object> of(Outcome outcome) {
		var payload = new HashMap<String, Object>();
		payload.put("userErrors", outcome.errors());
		payload.put("replayed", outcome.replayed());
		payload.put("audit", (outcome.sequence() != null) ? this.log.entry(outcome.sequence()).orElse(null) : null);
		var nodeIds = new ArrayList<String>();
		var relationshipIds = new ArrayList<String>();
		for (var result : outcome.results()) {
			var reference = result.substring(result.indexOf('=') + 1);
			(reference.startsWith("node:") ? nodeIds : relationshipIds).add(reference.substring(reference.indexOf(':') + 1));
		}
		var nodes = new HashMap<String, Entity>();
		if (!nodeIds.isEmpty()) {
			this.reader.list(NODES, Map.of("ids", nodeIds), row -> Entities.required(row.get("n").asNode()))
				.forEach(entity -> nodes.put(entity.id(), entity));
		}
		var relationships = new HashMap<String, Link>();
		if (!relationshipIds.isEmpty()) {
			this.reader.list(RELATIONSHIPS, Map.of("ids", relationshipIds), row -> Map.entry(row.get("id").asString(),
					new Link(row.get("type").asString(), Entities.required(row.get("s").asNode()),
							Entities.required(row.get("e").asNode()), true,
							new LinkedHashMap<>(row.get("properties").asMap(Entities::value)))))
				.forEach(entry -> relationships.put(entry.getKey(), entry.getValue()));
		}
		for (var result : outcome.results()) {
			var name = result.substring(0, result.indexOf('='));
			var reference = result.substring(result.indexOf('=') + 1);
			var id = reference.substring(reference.indexOf(':') + 1);
			Object value = reference.startsWith("node:") ? nodes.get(id) : relationships.get(id);
			if (name.endsWith("[]")) {
				@SuppressWarnings("unchecked")
				var list = (List<Object>) payload.computeIfAbsent(name.substring(0, name.length() - 2),
						key -> new ArrayList<>());
				if (value != null) {
					list.add(value);
				}
			}
			else {
				payload.put(name, value);
			}
		}
		return payload;
	}

}
