package org.integritygraph.interchange.ocds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.integritygraph.interchange.SourceDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles the releases of one contracting process into its current state, the way OCDS does (release
 * merging): releases in date order, later values replacing earlier ones, objects merged field by field,
 * arrays of objects with an {@code id} merged by id, other arrays replaced, {@code null} removing a field.
 */
final class ReleaseMerger {

	private ReleaseMerger() {
	}

	/** The compiled release of releases of one {@code ocid}, given in file order. */
	static ObjectNode compile(List<JsonNode> releases) {
		var ordered = new ArrayList<>(releases);
		// A stable sort: releases of the same date stay in file order.
		ordered.sort(Comparator.comparingLong(release -> SourceDates.sortKey(release.path("date").asString(null))));
		var compiled = JsonNodeFactory.instance.objectNode();
		for (var release : ordered) {
			merge(compiled, (ObjectNode) release);
		}
		compiled.remove("id");
		compiled.remove("tag");
		return compiled;
	}

	private static void merge(ObjectNode target, ObjectNode source) {
		for (var entry : source.properties()) {
			var name = entry.getKey();
			var value = entry.getValue();
			var existing = target.get(name);
			if (value.isNull()) {
				target.remove(name);
			}
			else if (value.isObject() && existing != null && existing.isObject()) {
				merge((ObjectNode) existing, (ObjectNode) value);
			}
			else if (value.isArray() && existing != null && existing.isArray() && identified(value)
					&& identified(existing)) {
				mergeById((ArrayNode) existing, (ArrayNode) value);
			}
			else {
				target.set(name, value.deepCopy());
			}
		}
	}

	private static void mergeById(ArrayNode target, ArrayNode source) {
		for (var element : source.values()) {
			var id = element.get("id").asString();
			ObjectNode match = null;
			for (var candidate : target.values()) {
				if (candidate.get("id").asString().equals(id)) {
					match = (ObjectNode) candidate;
				}
			}
			if (match != null) {
				merge(match, (ObjectNode) element);
			}
			else {
				target.add(element.deepCopy());
			}
		}
	}

	/** Whether every element is an object with a scalar {@code id}. */
	private static boolean identified(JsonNode array) {
		for (var element : array.values()) {
			var id = element.isObject() ? element.get("id") : null;
			if (id == null || id.isContainer() || id.isNull()) {
				return false;
			}
		}
		return !array.isEmpty();
	}

}
