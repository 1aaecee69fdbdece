package org.integritygraph.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.Relations;
import org.integritygraph.graph.Viewer;
import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Task;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The fields policy documents add (document.graphqls): a task's units as written with their bodies,
 * a body's charged tasks, a document by 文号. Every field read
 * for a list of parents is batched.
 */
@Controller
class DocumentController {

	/** Tasks in the document's order: 2 before 10, 3.2.4 before 3.10.1. */
	static final String TASK_ORDER = "[x IN split(t.number, '.') | toInteger(x)], t.id";

	static final String BY_DOC_NO = "MATCH (n:Document) WHERE n.docNo IN $docNos RETURN n ORDER BY n.id LIMIT 1";

	static final String ASSIGNMENTS = """
			MATCH (t:Task) WHERE t.id IN $ids
			RETURN t.id AS key, t.leadUnitNames AS LEAD, t.cooperatingUnitNames AS COOPERATE, t.responsibleUnitNames AS RESPONSIBLE,
			       t.generalAssignees AS general,
			       [(t)-[r:LEAD|COOPERATES|RESPONSIBLE_UNIT]->(b:Body) WHERE r.withdrawnOn IS NULL | {type: type(r), asWritten: r.asWritten, resolution: r.resolution, body: b}] AS links""";

	static final String CHARGED_TASKS = """
			MATCH (b:Body)<-[r:LEAD|COOPERATES|RESPONSIBLE_UNIT]-(t:Task)
			WHERE b.id IN $ids AND r.withdrawnOn IS NULL AND t.withdrawnOn IS NULL
			OPTIONAL MATCH (d:Document)-[:ASSIGNS]->(t)
			RETURN b.id AS key, type(r) AS type, r.asWritten AS unit, t AS node
			ORDER BY d.issuedOn, d.id, """ + TASK_ORDER + ", type(r)";

	private final GraphReader reader;

	private final Relations relations;

	DocumentController(GraphReader reader, Relations relations, BatchLoaderRegistry registry) {
		this.reader = reader;
		this.relations = relations;
		registry.<Body, List<ChargedTask>>forName("bodyChargedTasks")
			.registerMappedBatchLoader((bodies, env) -> Mono.fromSupplier(() -> relations.many(
					((GraphQLContext) env.getContext()).<Viewer>get(Viewer.KEY), bodies, Body::id,
					CHARGED_TASKS, r -> new ChargedTask(UnitRole.ofRelationshipType(r.get("type").asString()),
							Entities.as(r.get("node").asNode(), Task.class), r.get("unit").asString(null)))));
	}

	@QueryMapping
	Document documentByDocNo(@Argument String docNo, @ContextValue(Viewer.KEY) Viewer viewer) {
		var docNos = List.of(docNo.strip(), docNo.replaceAll("\\s", ""));
		return this.reader.one(viewer, BY_DOC_NO, Map.of("docNos", docNos), r -> Entities.as(r.get("n").asNode(), Document.class))
			.orElse(null);
	}

	@BatchMapping(typeName = "Task", field = "assignments")
	Map<Task, List<TaskAssignment>> assignments(List<Task> tasks, @ContextValue(Viewer.KEY) Viewer viewer) {
		var found = this.relations.one(viewer, tasks, Task::id, ASSIGNMENTS, DocumentController::assignments);
		var result = new LinkedHashMap<Task, List<TaskAssignment>>();
		tasks.forEach(task -> result.put(task, found.getOrDefault(task, List.of())));
		return result;
	}

	@SchemaMapping(typeName = "Body", field = "tasks")
	CompletableFuture<List<ChargedTask>> tasks(Body body, @Argument List<UnitRole> roles, @Argument LocalDate dueBefore,
			@Argument LocalDate openOn, DataLoader<Body, List<ChargedTask>> bodyChargedTasks) {
		return bodyChargedTasks.load(body)
			.thenApply(all -> all.stream()
				.filter(charged -> roles == null || roles.contains(charged.role()))
				.filter(charged -> dueBefore == null
						|| (charged.task().dueOn() != null && charged.task().dueOn().isBefore(dueBefore)))
				.filter(charged -> openOn == null || charged.task().doneOn() == null
						|| charged.task().doneOn().isAfter(openOn))
				.toList());
	}

	/**
	 * The units of a task as the document writes them, role by role, each with the body its link
	 * points at; links a hand-written import made without {@code asWritten} come last, named by
	 * their body.
	 */
	private static List<TaskAssignment> assignments(Record row) {
		var general = new HashSet<>(strings(row.get("general")));
		var links = new ArrayList<>(row.get("links").asList(Value::asMap));
		var assignments = new ArrayList<TaskAssignment>();
		for (var role : UnitRole.values()) {
			for (var unit : strings(row.get(role.name()))) {
				var link = links.stream()
					.filter(l -> role.relationshipType().equals(l.get("type")) && unit.equals(l.get("asWritten")))
					.findFirst();
				link.ifPresent(links::remove);
				assignments.add(new TaskAssignment(role, unit, general.contains(unit),
						link.map(l -> Entities.as((org.neo4j.driver.types.Node) l.get("body"), Body.class)).orElse(null),
						link.map(l -> (String) l.get("resolution")).orElse(null)));
			}
		}
		for (var link : links) {
			var body = Entities.as((org.neo4j.driver.types.Node) link.get("body"), Body.class);
			var unit = Objects.requireNonNullElse((String) link.get("asWritten"), body.name());
			assignments.add(new TaskAssignment(UnitRole.ofRelationshipType((String) link.get("type")), unit, false,
					body, (String) link.get("resolution")));
		}
		return assignments;
	}

	private static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

}
