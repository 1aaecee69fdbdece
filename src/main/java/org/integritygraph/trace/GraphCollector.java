package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

import org.integritygraph.graph.Props;

/**
 * Gathers every node and relationship of a query's row, so that edges can be reported by the ids of
 * their end nodes and the whole trace can be drawn ({@link TraceGraph}).
 */
final class GraphCollector {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	/** Display name properties, by preference. */
	private static final List<String> NAME_KEYS = List.of("name", "title", "docNo", "number", "stage", "kind",
			"status");

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final Map<String, Relationship> relationships = new LinkedHashMap<>();

	private int edgeLimit = Integer.MAX_VALUE;

	private boolean edgesCut;

	static GraphCollector of(Record row) {
		return new GraphCollector().add(row);
	}

	/** Adds everything of another row (of the same trace). */
	GraphCollector add(Record row) {
		row.values().forEach(this::scan);
		return this;
	}

	/** Adds everything of one value of a row (of the same trace). */
	GraphCollector add(Value value) {
		scan(value);
		return this;
	}

	/** Draw at most this many edges (the rest is cut, see {@link #edgesCut()}). */
	GraphCollector limitEdges(int limit) {
		this.edgeLimit = limit;
		return this;
	}

	private void scan(Value value) {
		if (value == null || value.isNull()) {
			return;
		}
		if (value.hasType(TYPES.NODE())) {
			var node = value.asNode();
			this.nodes.putIfAbsent(node.elementId(), node);
		}
		else if (value.hasType(TYPES.RELATIONSHIP())) {
			var relationship = value.asRelationship();
			this.relationships.putIfAbsent(relationship.elementId(), relationship);
		}
		else if (value.hasType(TYPES.PATH())) {
			var path = value.asPath();
			path.nodes().forEach(n -> this.nodes.putIfAbsent(n.elementId(), n));
			path.relationships().forEach(r -> this.relationships.putIfAbsent(r.elementId(), r));
		}
		else if (value.hasType(TYPES.LIST())) {
			value.values().forEach(this::scan);
		}
		else if (value.hasType(TYPES.MAP())) {
			value.values().forEach(this::scan);
		}
	}

	/** The edge of a relationship value, or null for a null value. */
	TraceEdge edge(Value value) {
		return (value == null || value.isNull()) ? null : edge(value.asRelationship());
	}

	TraceEdge edge(Relationship relationship) {
		return new TraceEdge(idOf(relationship.startNodeElementId()), idOf(relationship.endNodeElementId()),
				relationship.type(), Props.date(relationship, "from"), Props.date(relationship, "to"),
				Props.date(relationship, "on"), Props.str(relationship, "role"));
	}

	/** The edges of a list of relationships. */
	List<TraceEdge> edges(Value list) {
		return (list == null || list.isNull()) ? List.of() : list.asList(this::edge);
	}

	TraceNode node(Node node) {
		return new TraceNode(Props.str(node, "id"), label(node), displayName(node));
	}

	/** The display name of the node with this id, or the id when the row did not contain it. */
	String nameOf(String id) {
		return this.nodes.values()
			.stream()
			.filter(n -> id.equals(Props.str(n, "id")))
			.findFirst()
			.map(GraphCollector::displayName)
			.orElse(id);
	}

	/** True when the drawing was cut at its edge limit. */
	boolean edgesCut() {
		return this.edgesCut;
	}

	TraceGraph graph() {
		var drawnNodes = new ArrayList<TraceNode>();
		this.nodes.values().forEach(n -> drawnNodes.add(node(n)));
		var drawnEdges = new ArrayList<TraceEdge>();
		for (var relationship : this.relationships.values()) {
			var edge = edge(relationship);
			if (edge.source() == null || edge.target() == null) {
				continue;
			}
			if (drawnEdges.size() == this.edgeLimit) {
				this.edgesCut = true;
				break;
			}
			drawnEdges.add(edge);
		}
		return new TraceGraph(List.copyOf(drawnNodes), List.copyOf(drawnEdges));
	}

	private String idOf(String elementId) {
		var node = this.nodes.get(elementId);
		return (node != null) ? Props.str(node, "id") : null;
	}

	static String label(Node node) {
		for (var label : node.labels()) {
			if (!"Entity".equals(label)) {
				return label;
			}
		}
		return "Entity";
	}

	static String displayName(Node node) {
		for (var key : NAME_KEYS) {
			var value = node.get(key);
			if (value != null && !value.isNull()) {
				return value.hasType(TYPES.STRING()) ? value.asString() : value.toString();
			}
		}
		return Props.str(node, "id");
	}

	static LocalDate date(Value value) {
		return (value == null || value.isNull()) ? null : value.asLocalDate();
	}

	static Path path(Value value) {
		return value.asPath();
	}

}
