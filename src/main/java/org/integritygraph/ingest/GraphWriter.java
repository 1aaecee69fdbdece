package org.integritygraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.integritygraph.audit.AuditTrail;
import org.integritygraph.audit.Change;
import org.integritygraph.audit.EntryDraft;
import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Relationship.Endpoints;
import org.integritygraph.security.Actor;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Writes batches of valid lines, one write transaction per batch, each with its audit entry (one per batch,
 * listing what it created and changed; none when it changed nothing). Nodes are merged on
 * {@code (:Entity {id})}; relationships are found by type, end nodes and key properties and
 * created when missing. Labels and types come from the model's enums and are passed as
 * parameters to Cypher's dynamic labels, never concatenated into a query.
 */
final class GraphWriter {

	private static final String FIND_NODES = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN id, [label IN labels(n) WHERE label <> 'Entity'] AS labels
			""";

	// A node's version is 1 when created and counts up when a line changes it.
	private static final String MERGE_NODES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			SET n:$(row.label)
			WITH n, row, properties(n) AS before
			SET n += row.properties
			WITH n, row, before, row.existed AND properties(n) <> before AS changed
			SET n.version = CASE WHEN NOT row.existed THEN 1 WHEN changed THEN coalesce(n.version, 0) + 1 ELSE n.version END
			RETURN row.id AS id, row.label AS label, row.existed AS existed, changed, before, properties(n) AS after
			""";

	private static final String FIND_END_NODES = """
			UNWIND $rows AS row
			OPTIONAL MATCH (start:Entity {id: row.start})
			OPTIONAL MATCH (end:Entity {id: row.end})
			RETURN row.index AS index,
			       [label IN labels(start) WHERE label <> 'Entity'] AS startLabels,
			       [label IN labels(end) WHERE label <> 'Entity'] AS endLabels
			""";

	// A key property absent from a line matches relationships without it.
	private static final String FIND_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (:Entity {id: row.start})-[r:$(row.type)]->(:Entity {id: row.end})
			WHERE all(key IN row.keys WHERE coalesce(r[key.name] = key.value, r[key.name] IS NULL AND key.value IS NULL))
			RETURN row.index AS index, collect(elementId(r))[0] AS relationship
			""";

	private static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (start:Entity {id: row.start}), (end:Entity {id: row.end})
			CREATE (start)-[r:$(row.type)]->(end)
			SET r = row.properties, r.version = 1
			RETURN row.type AS type, row.start AS start, row.end AS end, properties(r) AS after
			""";

	private static final String UPDATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH ()-[r]->()
			WHERE elementId(r) = row.relationship
			WITH r, row, properties(r) AS before
			SET r += row.properties
			WITH r, before, properties(r) <> before AS changed
			SET r.version = CASE WHEN changed THEN coalesce(r.version, 0) + 1 ELSE r.version END
			RETURN type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, changed, before,
			       properties(r) AS after
			""";

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final AuditTrail trail;

	GraphWriter(Driver driver, SessionConfig sessionConfig, AuditTrail trail) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.trail = trail;
	}

	/**
	 * Writes one batch in one transaction, with its audit entry (what it created and changed, by whom).
	 * @throws BatchRejectedException when a line does not fit the graph; nothing is written then
	 */
	WriteCounts write(Batch batch, Actor actor) {
		return write(batch, actor, null);
	}

	/**
	 * Writes one batch and then, in the same transaction and audit entry, what {@code followUp} changes.
	 * @param followUp null for none
	 */
	WriteCounts write(Batch batch, Actor actor, FollowUp followUp) {
		try (var session = this.driver.session(this.sessionConfig)) {
			return session.executeWrite(tx -> {
				this.trail.lock(tx);
				var audited = new ArrayList<Change>();
				var nodes = writeNodes(tx, distinctNodes(batch.nodes()), audited);
				var relationships = writeRelationships(tx, distinctRelationships(batch.relationships()), audited);
				var followed = (followUp != null) ? followUp.apply(tx) : List.<Change>of();
				audited.addAll(followed);
				var reason = followed.isEmpty() ? null : followUp.reason();
				this.trail.append(tx, new EntryDraft(actor, "import", reason, null, List.of()), audited);
				return new WriteCounts(nodes.created(), nodes.updated(), relationships.created(),
						relationships.updated());
			});
		}
	}

	private Changes writeNodes(TransactionContext tx, List<NodeLine> nodes, List<Change> audited) {
		if (nodes.isEmpty()) {
			return Changes.NONE;
		}
		var existing = existingLabels(tx, nodes);
		rejectIfAny(labelConflicts(nodes, existing));
		var rows = nodes.stream()
			.map(node -> row("id", node.id(), "label", node.label().name(), "properties", node.properties(),
					"existed", existing.containsKey(node.id())))
			.toList();
		var updated = 0;
		for (var row : tx.run(MERGE_NODES, Map.of("rows", rows)).list()) {
			var after = properties(row.get("after"));
			if (!row.get("existed").asBoolean()) {
				audited.add(Change.nodeCreated(row.get("label").asString(), row.get("id").asString(), after));
			}
			else if (row.get("changed").asBoolean()) {
				updated++;
				audited.add(Change.nodeUpdated(row.get("label").asString(), row.get("id").asString(),
						properties(row.get("before")), after));
			}
		}
		return new Changes(nodes.size() - existing.size(), updated);
	}

	private Map<String, List<String>> existingLabels(TransactionContext tx, List<NodeLine> nodes) {
		var ids = nodes.stream().map(NodeLine::id).toList();
		var labels = new HashMap<String, List<String>>();
		tx.run(FIND_NODES, Map.of("ids", ids))
			.forEachRemaining(record -> labels.put(record.get("id").asString(),
					record.get("labels").asList(value -> value.asString())));
		return labels;
	}

	private static List<ImportError> labelConflicts(List<NodeLine> nodes, Map<String, List<String>> existing) {
		return nodes.stream()
			.filter(node -> existing.containsKey(node.id()))
			.filter(node -> !existing.get(node.id()).contains(node.label().name()))
			.map(node -> new ImportError(node.line(), "node \"%s\" already exists in the graph as %s"
				.formatted(node.id(), String.join(":", existing.get(node.id())))))
			.toList();
	}

	private Changes writeRelationships(TransactionContext tx, List<RelationshipLine> relationships,
			List<Change> audited) {
		if (relationships.isEmpty()) {
			return Changes.NONE;
		}
		rejectIfAny(endNodeProblems(tx, relationships));
		var existing = existingRelationships(tx, relationships);
		var created = new ArrayList<Map<String, Object>>();
		var updated = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < relationships.size(); i++) {
			var relationship = relationships.get(i);
			if (existing.containsKey(i)) {
				updated.add(row("relationship", existing.get(i), "properties", relationship.properties()));
			}
			else {
				created.add(row("type", relationship.type().type(), "start", relationship.start(), "end",
						relationship.end(), "properties", relationship.properties()));
			}
		}
		var createdCount = 0;
		for (var row : tx.run(CREATE_RELATIONSHIPS, Map.of("rows", created)).list()) {
			createdCount++;
			audited.add(Change.relationshipCreated(row.get("type").asString(), row.get("start").asString(),
					row.get("end").asString(), properties(row.get("after"))));
		}
		var updatedCount = 0;
		for (var row : tx.run(UPDATE_RELATIONSHIPS, Map.of("rows", updated)).list()) {
			if (row.get("changed").asBoolean()) {
				updatedCount++;
				audited.add(Change.relationshipUpdated(row.get("type").asString(), row.get("start").asString(),
						row.get("end").asString(), properties(row.get("before")), properties(row.get("after"))));
			}
		}
		return new Changes(createdCount, updatedCount);
	}

	private List<ImportError> endNodeProblems(TransactionContext tx, List<RelationshipLine> relationships) {
		var rows = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < relationships.size(); i++) {
			rows.add(row("index", i, "start", relationships.get(i).start(), "end", relationships.get(i).end()));
		}
		var problems = new ArrayList<ImportError>();
		tx.run(FIND_END_NODES, Map.of("rows", rows)).forEachRemaining(record -> {
			var relationship = relationships.get(record.get("index").asInt());
			endNodeProblem(relationship, labelsOrNull(record.get("startLabels")), labelsOrNull(record.get("endLabels")))
				.ifPresent(reason -> problems.add(new ImportError(relationship.line(), reason)));
		});
		problems.sort(Comparator.comparingInt(ImportError::line));
		return problems;
	}

	private static List<String> labelsOrNull(Value labels) {
		return labels.isNull() ? null : labels.asList(value -> value.asString());
	}

	private static Optional<String> endNodeProblem(RelationshipLine relationship, List<String> startLabels,
			List<String> endLabels) {
		if (startLabels == null) {
			return Optional.of("start node \"%s\" not found".formatted(relationship.start()));
		}
		if (endLabels == null) {
			return Optional.of("end node \"%s\" not found".formatted(relationship.end()));
		}
		var start = modelLabel(startLabels);
		var end = modelLabel(endLabels);
		if (start.isPresent() && end.isPresent() && relationship.type().allows(start.get(), end.get())) {
			return Optional.empty();
		}
		return Optional.of("%s cannot connect %s \"%s\" to %s \"%s\" (allowed: %s)".formatted(
				relationship.type().type(), String.join(":", startLabels), relationship.start(),
				String.join(":", endLabels), relationship.end(), relationship.type().endpoints().stream()
					.map(Endpoints::toString).collect(Collectors.joining(", "))));
	}

	private static Optional<Label> modelLabel(List<String> labels) {
		return GraphModel.labelOf(labels);
	}

	private Map<Integer, String> existingRelationships(TransactionContext tx, List<RelationshipLine> relationships) {
		var rows = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < relationships.size(); i++) {
			var relationship = relationships.get(i);
			var keys = relationship.type()
				.keys()
				.stream()
				.map(key -> row("name", key, "value", relationship.properties().get(key)))
				.toList();
			rows.add(row("index", i, "type", relationship.type().type(), "start", relationship.start(), "end",
					relationship.end(), "keys", keys));
		}
		var existing = new HashMap<Integer, String>();
		tx.run(FIND_RELATIONSHIPS, Map.of("rows", rows))
			.forEachRemaining(record -> existing.put(record.get("index").asInt(),
					record.get("relationship").asString()));
		return existing;
	}

	/** One node per id: later lines for the same id add to and override earlier ones. */
	private static List<NodeLine> distinctNodes(List<NodeLine> nodes) {
		var byId = new LinkedHashMap<String, NodeLine>();
		nodes.forEach(node -> byId.merge(node.id(), node, NodeLine::with));
		return List.copyOf(byId.values());
	}

	/** One line per relationship identity: later lines add to and override earlier ones. */
	private static List<RelationshipLine> distinctRelationships(List<RelationshipLine> relationships) {
		var byIdentity = new LinkedHashMap<RelationshipLine.Identity, RelationshipLine>();
		relationships.forEach(line -> byIdentity.merge(line.identity(), line, RelationshipLine::with));
		return List.copyOf(byIdentity.values());
	}

	private static void rejectIfAny(Collection<ImportError> errors) {
		if (!errors.isEmpty()) {
			throw new BatchRejectedException(List.copyOf(errors));
		}
	}

	private static Map<String, Object> properties(Value map) {
		return new java.util.LinkedHashMap<>(map.asMap(Entities::value));
	}

	/** A query parameter row; unlike {@code Map.of} it keeps null values (they remove properties). */
	private static Map<String, Object> row(Object... keysAndValues) {
		var row = new HashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

	private record Changes(int created, int updated) {

		static final Changes NONE = new Changes(0, 0);

	}

}
