package org.integritygraph.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.integritygraph.graph.GraphReader;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * A document as the graph holds it (what is in force: withdrawn tasks and links left out), or as a new
 * version's import lines state it, and what differs between the two: the report of a re-import.
 */
@Component
class DocumentSnapshots {

	static final String DOCUMENT = """
			MATCH (d:Document {id: $id})
			RETURN properties(d) AS properties, head([(d)-[r:ISSUED_BY]->(b:Body) WHERE r.withdrawnOn IS NULL | b.id]) AS issuer""";

	static final String TASKS = """
			MATCH (:Document {id: $id})-[:ASSIGNS]->(t:Task)
			WHERE t.withdrawnOn IS NULL
			RETURN t.id AS id, properties(t) AS properties,
			       [(t)-[r:LEAD|COOPERATES|RESPONSIBLE_UNIT]->(b:Body) WHERE r.withdrawnOn IS NULL | {type: type(r), body: b.id, asWritten: coalesce(r.asWritten, b.name)}] AS links""";

	private final GraphReader reader;

	DocumentSnapshots(GraphReader reader) {
		this.reader = reader;
	}

	/** The document in the graph, if it is there. */
	Optional<Snapshot> read(String documentId) {
		return this.reader.one(DOCUMENT, Map.of("id", documentId), row -> row).map(document -> {
			var tasks = new LinkedHashMap<String, TaskState>();
			this.reader.list(TASKS, Map.of("id", documentId), row -> row).forEach(row -> {
				var links = new LinkedHashMap<Link, String>();
				row.get("links").asList(value -> value).forEach(link -> links.put(
						new Link(link.get("type").asString(), link.get("body").asString()),
						link.get("asWritten").asString(null)));
				tasks.put(row.get("id").asString(), new TaskState(strings(row.get("properties")), links));
			});
			return new Snapshot(strings(document.get("properties")), document.get("issuer").asString(null), tasks);
		});
	}

	private static Map<String, String> strings(Value properties) {
		var values = new LinkedHashMap<String, String>();
		properties.asMap(value -> value.isNull() ? null : String.valueOf(value.asObject()))
			.forEach((key, value) -> values.put(key, value));
		return values;
	}

	/** What changed from one version to the next, one line per change. */
	static List<String> changes(Snapshot before, Snapshot after) {
		var changes = new ArrayList<String>();
		var documentChanged = changedProperties(before.document(), after.document(),
				DocumentLines.DOCUMENT_PROPERTIES);
		if (!documentChanged.isEmpty()) {
			changes.add("document: " + String.join(", ", documentChanged) + " changed");
		}
		if (!Objects.equals(before.issuerId(), after.issuerId())) {
			changes.add("document: issuer " + before.issuerId() + " → " + after.issuerId());
		}
		after.tasks().forEach((id, task) -> {
			var number = task.properties().get("number");
			var old = before.tasks().get(id);
			if (old == null) {
				changes.add("task " + number + ": added");
				return;
			}
			var changed = changedProperties(old.properties(), task.properties(), DocumentLines.TASK_PROPERTIES);
			if (!changed.isEmpty()) {
				changes.add("task " + number + ": " + String.join(", ", changed) + " changed");
			}
			task.links().forEach((link, asWritten) -> {
				if (!old.links().containsKey(link)) {
					changes.add("task %s: + %s %s (%s)".formatted(number, link.role(), asWritten, link.body()));
				}
			});
			old.links().forEach((link, asWritten) -> {
				if (!task.links().containsKey(link)) {
					changes.add("task %s: - %s %s (%s)".formatted(number, link.role(), asWritten, link.body()));
				}
			});
		});
		before.tasks().forEach((id, task) -> {
			if (!after.tasks().containsKey(id)) {
				changes.add("task " + task.properties().get("number") + ": withdrawn");
			}
		});
		return changes;
	}

	private static List<String> changedProperties(Map<String, String> before, Map<String, String> after,
			List<String> owned) {
		return owned.stream()
			.filter(key -> !key.equals("searchText"))
			.filter(key -> !Objects.equals(before.get(key), after.get(key)))
			.toList();
	}

	/**
	 * A document's state.
	 *
	 * @param document its properties, as strings
	 * @param issuerId the body it is issued by
	 * @param tasks its tasks by id
	 */
	record Snapshot(Map<String, String> document, String issuerId, Map<String, TaskState> tasks) {

		/** The state the import lines of a version state. */
		static Snapshot of(List<Map<String, Object>> lines, String documentId) {
			var document = new LinkedHashMap<String, String>();
			String issuer = null;
			var tasks = new LinkedHashMap<String, TaskState>();
			for (var line : lines) {
				if ("Document".equals(line.get("node")) && documentId.equals(line.get("id"))) {
					line.forEach((key, value) -> document.put(key, (value == null) ? null : value.toString()));
				}
				else if ("Task".equals(line.get("node"))) {
					var properties = new LinkedHashMap<String, String>();
					line.forEach((key, value) -> properties.put(key, (value == null) ? null : value.toString()));
					tasks.put((String) line.get("id"), new TaskState(properties, new LinkedHashMap<>()));
				}
				else if ("ISSUED_BY".equals(line.get("rel"))) {
					issuer = (String) line.get("end");
				}
				else if (line.get("rel") != null && tasks.containsKey(line.get("start"))) {
					var type = (String) line.get("rel");
					if (!type.equals("ASSIGNS")) {
						tasks.get(line.get("start")).links()
							.put(new Link(type, (String) line.get("end")), (String) line.get("asWritten"));
					}
				}
			}
			return new Snapshot(document, issuer, tasks);
		}

	}

	/** A task's properties (as strings) and its links to bodies, each with the unit as written. */
	record TaskState(Map<String, String> properties, Map<Link, String> links) {
	}

	/** A link from a task to a body: LEAD, COOPERATES or RESPONSIBLE_UNIT. */
	record Link(String type, String body) {

		String role() {
			return UnitRole.ofRelationshipType(this.type).name();
		}

	}

}
