package org.integritygraph.interchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.integritygraph.model.Label;
import org.integritygraph.model.Relationship;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import lines (docs/import-format.md) a converter makes from a source file, each with where in the
 * source it came from. A node declared twice is merged (later values win), so a converter may declare an
 * organisation for every place it appears; a relationship declared twice is kept once. An id declared with
 * two labels is a conflict that rejects the file.
 */
public final class GraphLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, NodeEntry> nodes = new LinkedHashMap<>();

	private final Map<List<Object>, RelationshipEntry> relationships = new LinkedHashMap<>();

	private final List<String> conflicts = new ArrayList<>();

	/**
	 * Declares a node; null values are left out (a converter never removes a property).
	 *
	 * @param origin where in the source the node comes from, for error messages
	 */
	public void node(Label label, String id, Map<String, ?> properties, String origin) {
		var existing = this.nodes.get(id);
		if (existing != null && existing.label != label) {
			this.conflicts.add("%s: id \"%s\" is both a %s (%s) and a %s".formatted(origin, id, existing.label,
					existing.origin, label));
			return;
		}
		var entry = (existing != null) ? existing : new NodeEntry(label, id, origin);
		properties.forEach((name, value) -> {
			if (value != null) {
				entry.properties.put(name, plain(value));
			}
		});
		this.nodes.putIfAbsent(id, entry);
	}

	/** Declares a relationship; it is the same one when type, ends and key properties are equal. */
	public void relationship(Relationship type, String start, String end, Map<String, ?> properties, String origin) {
		var values = new LinkedHashMap<String, Object>();
		properties.forEach((name, value) -> {
			if (value != null) {
				values.put(name, plain(value));
			}
		});
		var identity = new ArrayList<Object>(List.of(type.type(), start, end));
		type.keys().forEach(key -> identity.add(Objects.toString(values.get(key), "")));
		this.relationships.merge(identity, new RelationshipEntry(type, start, end, values, origin), (old, added) -> {
			old.properties.putAll(added.properties);
			return old;
		});
	}

	public boolean hasNode(String id) {
		return this.nodes.containsKey(id);
	}

	/** The label of a node declared here, or null. */
	public Label labelOf(String id) {
		var entry = this.nodes.get(id);
		return (entry != null) ? entry.label : null;
	}

	/** Ids declared with two labels; each rejects the file. */
	public List<String> conflicts() {
		return List.copyOf(this.conflicts);
	}

	/** Nodes by label, in the model's order of first appearance. */
	public Map<String, Integer> nodeCounts() {
		var counts = new TreeMap<String, Integer>();
		this.nodes.values().forEach(node -> counts.merge(node.label.name(), 1, Integer::sum));
		return counts;
	}

	public Map<String, Integer> relationshipCounts() {
		var counts = new TreeMap<String, Integer>();
		this.relationships.values().forEach(rel -> counts.merge(rel.type.type(), 1, Integer::sum));
		return counts;
	}

	public int size() {
		return this.nodes.size() + this.relationships.size();
	}

	/** The lines of the import file: a meta line naming the dataset, the nodes, then the relationships. */
	public List<Line> lines(String dataset) {
		var lines = new ArrayList<Line>(size() + 1);
		lines.add(new Line(JSON.writeValueAsString(
				Map.of("meta", Map.of("format", "integrity-graph/1", "dataset", dataset))), "the file's header"));
		this.nodes.values().forEach(node -> {
			var json = new LinkedHashMap<String, Object>();
			json.put("node", node.label.name());
			json.put("id", node.id);
			json.putAll(node.properties);
			lines.add(new Line(JSON.writeValueAsString(json), node.origin));
		});
		this.relationships.values().forEach(rel -> {
			var json = new LinkedHashMap<String, Object>();
			json.put("rel", rel.type.type());
			json.put("start", rel.start);
			json.put("end", rel.end);
			json.putAll(rel.properties);
			lines.add(new Line(JSON.writeValueAsString(json), rel.origin));
		});
		return lines;
	}

	private static Object plain(Object value) {
		return (value instanceof LocalDate date) ? date.toString() : value;
	}

	/**
	 * One line of the import format.
	 *
	 * @param json the line
	 * @param origin where in the source file it comes from
	 */
	public record Line(String json, String origin) {
	}

	private static final class NodeEntry {

		final Label label;

		final String id;

		final String origin;

		final Map<String, Object> properties = new LinkedHashMap<>();

		NodeEntry(Label label, String id, String origin) {
			this.label = label;
			this.id = id;
			this.origin = origin;
		}

	}

	private record RelationshipEntry(Relationship type, String start, String end, Map<String, Object> properties,
			String origin) {
	}

}
