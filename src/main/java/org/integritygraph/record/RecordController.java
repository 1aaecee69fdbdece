package org.integritygraph.record;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.integritygraph.body.Body;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Relations;
import org.integritygraph.node.Entities;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

/** The {@code Record} (诚信记录), {@code Document} (文件) and {@code Task} types. */
@Controller
class RecordController {

	static final String BY_ID = "MATCH (n:Record {id: $id}) RETURN n";

	static final String DOCUMENT_BY_ID = "MATCH (n:Document {id: $id}) RETURN n";

	static final String AGAINST = """
			MATCH (r:Record)-[:AGAINST]->(a) WHERE r.id IN $ids RETURN r.id AS key, a AS node ORDER BY a.id""";

	static final String ISSUER = """
			MATCH (r:Entity)-[:ISSUED_BY]->(b:Body) WHERE r.id IN $ids RETURN r.id AS key, b AS node""";

	static final String CONCERNS = """
			MATCH (r:Record)-[:CONCERNS]->(c) WHERE r.id IN $ids RETURN r.id AS key, c AS node ORDER BY c.id""";

	static final String EVENTS = """
			MATCH (r:Record)-[:HAS_EVENT]->(e:RecordEvent) WHERE r.id IN $ids
			RETURN r.id AS key, e AS node ORDER BY e.on, e.id""";

	static final String SOURCES = """
			MATCH (n:Entity)-[:SOURCED_FROM]->(d:Document) WHERE n.id IN $ids
			RETURN n.id AS key, d AS node ORDER BY d.issuedOn, d.id""";

	static final String TASKS = """
			MATCH (d:Document)-[:ASSIGNS]->(t:Task) WHERE d.id IN $ids
			RETURN d.id AS key, t AS node ORDER BY [x IN split(t.number, '.') | toInteger(x)], t.id""";

	static final String TASK_DOCUMENT = """
			MATCH (d:Document)-[:ASSIGNS]->(t:Task) WHERE t.id IN $ids RETURN t.id AS key, d AS node""";

	static final String TASK_LEADS = """
			MATCH (t:Task)-[:LEAD]->(b:Body) WHERE t.id IN $ids RETURN t.id AS key, b AS node ORDER BY b.name, b.id""";

	static final String TASK_COOPERATORS = """
			MATCH (t:Task)-[:COOPERATES]->(b:Body) WHERE t.id IN $ids RETURN t.id AS key, b AS node ORDER BY b.name, b.id""";

	private final GraphReader reader;

	private final Relations relations;

	RecordController(GraphReader reader, Relations relations) {
		this.reader = reader;
		this.relations = relations;
	}

	@QueryMapping
	Record record(@Argument String id) {
		return this.reader.one(BY_ID, Map.of("id", id), r -> Record.of(r.get("n").asNode())).orElse(null);
	}

	@QueryMapping
	Document document(@Argument String id) {
		return this.reader.one(DOCUMENT_BY_ID, Map.of("id", id), r -> Document.of(r.get("n").asNode())).orElse(null);
	}

	@QueryMapping
	Connection<Record> records(@Argument RecordFilter filter, @Argument RecordOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		var page = PageRequest.of(first, after);
		var n = Cypher.node("Record").named("n");
		Condition where = Cypher.noCondition();
		if (filter != null) {
			where = ListQuery.in(where, n.property("kind"), "kind", filter.kind());
			where = ListQuery.in(where, n.property("severity"), "severity", filter.severity());
			where = ListQuery.in(where, n.property("status"), "status", filter.status());
			if (filter.decidedFrom() != null) {
				where = where.and(n.property("decidedOn").gte(Cypher.parameter("decidedFrom", filter.decidedFrom())));
			}
			if (filter.decidedBefore() != null) {
				where = where.and(n.property("decidedOn").lt(Cypher.parameter("decidedBefore", filter.decidedBefore())));
			}
			if (StringUtils.hasText(filter.againstId())) {
				where = where.and(Cypher.raw("EXISTS { MATCH ($E)-[:AGAINST]->(:Entity {id: $E}) }",
						n.getRequiredSymbolicName(), Cypher.parameter("againstId", filter.againstId())).asCondition());
			}
			if (StringUtils.hasText(filter.issuerId())) {
				where = where.and(Cypher.raw("EXISTS { MATCH ($E)-[:ISSUED_BY]->(:Body {id: $E}) }",
						n.getRequiredSymbolicName(), Cypher.parameter("issuerId", filter.issuerId())).asCondition());
			}
		}
		var order = (orderBy != null) ? orderBy : new RecordOrder(RecordOrder.Field.DECIDED_ON, Direction.DESC);
		Expression key = switch (order.field()) {
			case DECIDED_ON -> n.property("decidedOn");
			// 严重 > 一般 > 轻微: sort by rank, not by the name of the value
			case SEVERITY -> Cypher.raw("CASE $E.severity WHEN 'SERIOUS' THEN 3 WHEN 'GENERAL' THEN 2 ELSE 1 END",
					n.getRequiredSymbolicName());
		};
		return new ListQuery(n, where, List.of(order.direction().sort(key), n.property("decidedOn").descending()))
			.fetch(this.reader, page, selection.contains("totalCount"), Record::of);
	}

	@BatchMapping
	Map<Record, List<Object>> against(List<Record> records) {
		return this.relations.many(records, Record::id, AGAINST, r -> Entities.required(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Record", field = "issuer")
	Map<Record, Body> issuer(List<Record> records) {
		return this.relations.one(records, Record::id, ISSUER, r -> Body.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Record, List<Object>> concerns(List<Record> records) {
		return this.relations.many(records, Record::id, CONCERNS, r -> Entities.required(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Record, List<RecordEvent>> events(List<Record> records) {
		return this.relations.many(records, Record::id, EVENTS, r -> RecordEvent.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Record", field = "sources")
	Map<Record, List<Document>> sources(List<Record> records) {
		return this.relations.many(records, Record::id, SOURCES, r -> Document.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Document", field = "issuer")
	Map<Document, Body> documentIssuer(List<Document> documents) {
		return this.relations.one(documents, Document::id, ISSUER, r -> Body.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Document", field = "tasks")
	Map<Document, List<Task>> tasks(List<Document> documents) {
		return this.relations.many(documents, Document::id, TASKS, r -> Task.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Task", field = "document")
	Map<Task, Document> taskDocument(List<Task> tasks) {
		return this.relations.one(tasks, Task::id, TASK_DOCUMENT, r -> Document.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Task", field = "leads")
	Map<Task, List<Body>> leads(List<Task> tasks) {
		return this.relations.many(tasks, Task::id, TASK_LEADS, r -> Body.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Task", field = "cooperators")
	Map<Task, List<Body>> cooperators(List<Task> tasks) {
		return this.relations.many(tasks, Task::id, TASK_COOPERATORS, r -> Body.of(r.get("node").asNode()));
	}

}
