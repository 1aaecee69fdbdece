package org.integritygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.integritygraph.audit.AuditTrail;
import org.integritygraph.audit.Change;
import org.integritygraph.audit.EntryDraft;
import org.integritygraph.ingest.BatchChanges.NodeChange;
import org.integritygraph.ingest.BatchChanges.RelationshipChange;
import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Relationship;
import org.integritygraph.model.Relationship.Endpoints;
import org.integritygraph.security.Actor;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Writes a batch of valid lines in one write transaction: one {@code UNWIND} query per label and one per
 * relationship type (and set of key properties given), rows sorted by id. A node is found by its id in
 * the {@code (:Entity {id})} constraint index and created or updated; a relationship is found by type,
 * end nodes and key properties and created or updated. The same query checks what only the graph can
 * tell — an id that exists with another label, end nodes that do not exist or have labels the type does
 * not allow — and returns only the rows that were created, changed or do not fit: importing what the
 * graph already holds returns nothing. When a line does not fit, the transaction rolls back, so nothing
 * of the batch is written. Each batch writes its audit entry in its transaction, and counts each node's and
 * relationship's {@code version} (1 when created, one up with each change), as edits do.
 * <p>
 * Labels and types in the queries come from the model's declaration only; values are parameters.
 */
final class GraphWriter {

	/**
	 * Finds each node by id, creates it or sets the line's properties, and returns what it created, changed
	 * or found with another label. Labels are dynamic ({@code $(row.label)}), so that one query — planned
	 * once — writes every label.
	 */
	private static final String WRITE_NODES = """
			UNWIND $rows AS row
			OPTIONAL MATCH (old:Entity {id: row.id})
			WITH row, old, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before,
			     old IS NOT NULL AND row.label IN labels(old) AS same
			FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
			  CREATE (n:Entity:$(row.label)) SET n = row.properties, n.id = row.id, n.version = 1)
			FOREACH (_ IN CASE WHEN same THEN [1] ELSE [] END | SET old += row.properties)
			WITH row, old, same, before
			WHERE old IS NULL OR NOT same OR before <> properties(old)
			FOREACH (_ IN CASE WHEN same THEN [1] ELSE [] END | SET old.version = coalesce(old.version, 0) + 1)
			RETURN row.id AS id, old IS NULL AS created,
			       CASE WHEN old IS NULL THEN [] ELSE [label IN labels(old) WHERE label <> 'Entity'] END AS labels,
			       before, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS after
			""";

	/**
	 * Finds both end nodes by id and checks their labels against the type's ends ({@code $allowed}), looks for
	 * the relationship from the two nodes — same type, each key property equal or missing on both
	 * ({@code $keys}) — then creates it or sets the line's properties, and returns what it created, changed
	 * or could not connect. The existing relationship is looked for from the end nodes (a pattern
	 * comprehension): a relationship property index such as the one on {@code HELD.from} would otherwise be
	 * used and read every relationship with that date.
	 */
	private static final String WRITE_RELATIONSHIPS = """
			UNWIND $rows AS row
			OPTIONAL MATCH (s:Entity {id: row.start})
			OPTIONAL MATCH (e:Entity {id: row.end})
			WITH row, s, e, coalesce(any(ends IN $allowed[row.type]
			       WHERE any(label IN ends[0] WHERE label IN labels(s)) AND any(label IN ends[1] WHERE label IN labels(e))),
			     false) AS fits
			WITH row, s, e, fits,
			     CASE WHEN fits THEN [(s)-[r]->(e) WHERE type(r) = row.type
			       AND all(key IN $keys[row.type] WHERE coalesce(r[key] = row.properties[key],
			                                                  r[key] IS NULL AND row.properties[key] IS NULL)) | r]
			     ELSE [] END AS found
			UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS old
			WITH row, s, e, fits, old, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
			FOREACH (_ IN CASE WHEN fits AND old IS NULL THEN [1] ELSE [] END |
			  CREATE (s)-[r:$(row.type)]->(e) SET r = row.properties, r.version = 1)
			FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | SET old += row.properties)
			WITH row, s, e, fits, old, before
			WHERE NOT fits OR old IS NULL OR before <> properties(old)
			FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | SET old.version = coalesce(old.version, 0) + 1)
			RETURN row.index AS index, fits, before, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS after,
			       CASE WHEN s IS NULL THEN null ELSE [label IN labels(s) WHERE label <> 'Entity'] END AS startLabels,
			       CASE WHEN e IS NULL THEN null ELSE [label IN labels(e) WHERE label <> 'Entity'] END AS endLabels
			""";

	/** Per relationship type, its allowed [start labels, end labels] pairs, from the model. */
	private static final Map<String, Object> ALLOWED_ENDS = GraphModel.relationships()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Relationship::type, type -> type.endpoints()
			.stream()
			.map(ends -> List.of(names(ends.start()), names(ends.end())))
			.toList()));

	/** Per relationship type, its key properties, from the model. */
	private static final Map<String, Object> KEYS = GraphModel.relationships()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Relationship::type, Relationship::keys));

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final AuditTrail trail;

	GraphWriter(Driver driver, SessionConfig sessionConfig, AuditTrail trail) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.trail = trail;
	}

	/**
	 * Writes one batch in one transaction with its audit entry (what it created and changed, with the values
	 * before and after, by {@code actor}; none when it changed nothing), then {@code followUp} in the same
	 * transaction and entry.
	 * @param followUp null for none
	 * @throws BatchRejectedException when a line does not fit the graph; nothing is written then
	 */
	BatchChanges write(Batch batch, String source, int firstLine, Actor actor, FollowUp followUp) {
		try (var session = this.driver.session(this.sessionConfig)) {
			return session.executeWrite(tx -> {
				this.trail.lock(tx);
				var audited = new ArrayList<Change>();
				var created = new HashSet<String>();
				var nodes = writeNodes(tx, batch, created, audited);
				rejectIfAny(forwardReferences(batch, created));
				var relationships = writeRelationships(tx, batch, audited);
				var followed = (followUp != null) ? followUp.apply(tx) : List.<Change>of();
				audited.addAll(followed);
				var reason = followed.isEmpty() ? null : followUp.reason();
				this.trail.append(tx, new EntryDraft(actor, "import", reason, null, List.of()), audited);
				return new BatchChanges(source, firstLine, batch.lastLine(), nodes, relationships);
			});
		}
	}

	// ---- nodes -------------------------------------------------------------------------------------

	private List<NodeChange> writeNodes(TransactionContext tx, Batch batch, Set<String> created,
			List<Change> audited) {
		if (batch.nodes().isEmpty()) {
			return List.of();
		}
		var changes = new ArrayList<NodeChange>();
		var conflicts = new ArrayList<ImportError>();
		var byId = new HashMap<String, NodeLine>();
		var rows = new ArrayList<Map<String, Object>>(batch.nodes().size());
		batch.nodes()
			.stream()
			.sorted(Comparator.comparing((NodeLine line) -> line.label().name()).thenComparing(NodeLine::id))
			.forEach(line -> {
				byId.put(line.id(), line);
				rows.add(row("id", line.id(), "label", line.label().name(), "properties", line.properties()));
			});
		tx.run(WRITE_NODES, Map.of("rows", rows)).forEachRemaining(record -> {
			var line = byId.get(record.get("id").asString());
			if (record.get("created").asBoolean()) {
				created.add(line.id());
				changes.add(new NodeChange(line.label(), line.id(), line.line(), null));
				var after = written(line.properties());
				after.put("id", line.id());
				audited.add(Change.nodeCreated(line.label().name(), line.id(), after));
			}
			else if (!labels(record.get("labels")).contains(line.label().name())) {
				conflicts.add(new ImportError(line.line(), "node \"%s\" already exists in the graph as %s"
					.formatted(line.id(), String.join(":", labels(record.get("labels"))))));
			}
			else {
				changes.add(new NodeChange(line.label(), line.id(), line.line(), record.get("before").asMap()));
				audited.add(Change.nodeUpdated(line.label().name(), line.id(), properties(record.get("before")),
						properties(record.get("after"))));
			}
		});
		conflicts.sort(Comparator.comparingInt(ImportError::line));
		rejectIfAny(conflicts);
		return changes;
	}

	/**
	 * A relationship may name nodes in the graph or on earlier lines: one naming a node this batch created
	 * from a later line is rejected, so that what an import accepts does not depend on its batch size.
	 */
	private static List<ImportError> forwardReferences(Batch batch, Set<String> created) {
		var errors = new ArrayList<ImportError>();
		for (var relationship : batch.relationships()) {
			laterDeclaration(batch, created, relationship, relationship.start(), "start")
				.or(() -> laterDeclaration(batch, created, relationship, relationship.end(), "end"))
				.ifPresent(errors::add);
		}
		return errors;
	}

	private static Optional<ImportError> laterDeclaration(Batch batch, Set<String> created,
			RelationshipLine relationship, String id, String end) {
		var declared = batch.declaredOn().get(id);
		if (declared != null && declared > relationship.line() && created.contains(id)) {
			return Optional.of(new ImportError(relationship.line(),
					"%s node \"%s\" not found (it is declared on line %d; a relationship can only name nodes in the graph or on earlier lines)"
						.formatted(end, id, declared)));
		}
		return Optional.empty();
	}

	// ---- relationships -----------------------------------------------------------------------------

	private List<RelationshipChange> writeRelationships(TransactionContext tx, Batch batch, List<Change> audited) {
		if (batch.relationships().isEmpty()) {
			return List.of();
		}
		var changes = new ArrayList<RelationshipChange>();
		var problems = new ArrayList<ImportError>();
		var lines = new ArrayList<>(batch.relationships());
		lines.sort(Comparator.comparing((RelationshipLine line) -> line.type().type())
			.thenComparing(RelationshipLine::start)
			.thenComparing(RelationshipLine::end));
		var rows = new ArrayList<Map<String, Object>>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			rows.add(row("index", i, "type", line.type().type(), "start", line.start(), "end", line.end(), "properties",
					line.properties()));
		}
		tx.run(WRITE_RELATIONSHIPS, Map.of("rows", rows, "allowed", ALLOWED_ENDS, "keys", KEYS))
			.forEachRemaining(record -> {
				var line = lines.get(record.get("index").asInt());
				if (!record.get("fits").asBoolean()) {
					problems.add(new ImportError(line.line(), endNodeProblem(line,
							labelsOrNull(record.get("startLabels")), labelsOrNull(record.get("endLabels")))));
				}
				else {
					var before = record.get("before").isNull() ? null : record.get("before").asMap();
					changes.add(new RelationshipChange(line.type(), line.start(), line.end(), line.line(), before));
					audited.add((before == null)
							? Change.relationshipCreated(line.type().type(), line.start(), line.end(),
									written(line.properties()))
							: Change.relationshipUpdated(line.type().type(), line.start(), line.end(),
									properties(record.get("before")), properties(record.get("after"))));
				}
			});
		problems.sort(Comparator.comparingInt(ImportError::line));
		rejectIfAny(problems);
		return changes;
	}

	private static List<String> names(Set<Label> labels) {
		return labels.stream().map(Label::name).sorted().toList();
	}

	private static List<String> labelsOrNull(Value labels) {
		return labels.isNull() ? null : labels(labels);
	}

	private static List<String> labels(Value labels) {
		return labels.asList(Value::asString);
	}

	static String endNodeProblem(RelationshipLine relationship, List<String> startLabels,
			List<String> endLabels) {
		if (startLabels == null) {
			return "start node \"%s\" not found".formatted(relationship.start());
		}
		if (endLabels == null) {
			return "end node \"%s\" not found".formatted(relationship.end());
		}
		return "%s cannot connect %s \"%s\" to %s \"%s\" (allowed: %s)".formatted(relationship.type().type(),
				String.join(":", startLabels), relationship.start(), String.join(":", endLabels), relationship.end(),
				relationship.type().endpoints().stream().map(Endpoints::toString).collect(Collectors.joining(", ")));
	}

	private static void rejectIfAny(List<ImportError> errors) {
		if (!errors.isEmpty()) {
			throw new BatchRejectedException(errors);
		}
	}

	/** The properties a created node or relationship has: the line's values but the null ones, version 1. */
	static Map<String, Object> written(Map<String, Object> line) {
		var after = new LinkedHashMap<String, Object>();
		line.forEach((key, value) -> {
			if (value != null) {
				after.put(key, value);
			}
		});
		after.put("version", 1L);
		return after;
	}

	private static Map<String, Object> properties(Value map) {
		return new LinkedHashMap<>(map.asMap(Entities::value));
	}

	/** A query parameter row; unlike {@code Map.of} it keeps null values (they remove properties). */
	private static Map<String, Object> row(Object... keysAndValues) {
		var row = new HashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

}
