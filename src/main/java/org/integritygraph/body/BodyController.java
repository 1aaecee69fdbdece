package org.integritygraph.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.integritygraph.commitment.Commitment;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Dated;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Relations;
import org.integritygraph.person.Post;
import org.integritygraph.person.Tenure;
import org.integritygraph.project.Project;
import org.integritygraph.record.Record;
import org.integritygraph.record.Task;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

/** The {@code Body} type (机关/单位) and its queries. Every field read for a list of bodies is batched. */
@Controller
class BodyController {

	static final String BY_ID = "MATCH (n:Body {id: $id}) RETURN n";

	static final String PARENT_AT = """
			MATCH (b:Body)-[r:PART_OF]->(p:Body) WHERE b.id IN $ids
			  AND (r.from IS NULL OR r.from <= $at) AND (r.to IS NULL OR $at < r.to)
			RETURN b.id AS key, p AS node""";

	static final String CHILDREN_AT = """
			MATCH (b:Body)<-[r:PART_OF]-(c:Body) WHERE b.id IN $ids
			  AND (r.from IS NULL OR r.from <= $at) AND (r.to IS NULL OR $at < r.to)
			RETURN b.id AS key, c AS node ORDER BY c.name, c.id""";

	static final String PARENT_HISTORY = """
			MATCH (b:Body)-[r:PART_OF]->(p:Body) WHERE b.id IN $ids
			RETURN b.id AS key, p AS node, r.from AS from, r.to AS to ORDER BY r.from""";

	static final String POSTS = """
			MATCH (b:Body)<-[:IN]-(p:Post) WHERE b.id IN $ids
			RETURN b.id AS key, p AS node ORDER BY coalesce(p.principal, false) DESC, p.title, p.id""";

	static final String LEADERS_AT = """
			MATCH (b:Body)<-[:IN]-(p:Post {principal: true})<-[h:HELD]-(person:Person) WHERE b.id IN $ids
			  AND h.from <= $at AND (h.to IS NULL OR $at < h.to)
			RETURN b.id AS key, person.id AS person, p.id AS post, h.from AS from, h.to AS to ORDER BY h.from""";

	static final String PREDECESSORS = """
			MATCH (b:Body)<-[s:SUCCEEDED_BY]-(other:Body) WHERE b.id IN $ids
			RETURN b.id AS key, other AS node, s.on AS on, s.reason AS reason ORDER BY s.on""";

	static final String SUCCESSORS = """
			MATCH (b:Body)-[s:SUCCEEDED_BY]->(other:Body) WHERE b.id IN $ids
			RETURN b.id AS key, other AS node, s.on AS on, s.reason AS reason ORDER BY s.on""";

	static final String PROJECTS = """
			MATCH (b:Body)<-[:OWNED_BY]-(p:Project) WHERE b.id IN $ids
			RETURN b.id AS key, p AS node ORDER BY p.startedOn, p.id""";

	static final String COMMITMENTS = """
			MATCH (b:Body)-[:MADE]->(c:Commitment) WHERE b.id IN $ids
			RETURN b.id AS key, c AS node ORDER BY c.dueOn, c.id""";

	static final String RECORDS = """
			MATCH (b:Body)<-[:AGAINST]-(r:Record) WHERE b.id IN $ids
			RETURN b.id AS key, r AS node ORDER BY r.decidedOn DESC, r.id""";

	static final String LED_TASKS = """
			MATCH (b:Body)<-[:LEAD]-(t:Task) WHERE b.id IN $ids
			OPTIONAL MATCH (d:Document)-[:ASSIGNS]->(t)
			RETURN b.id AS key, t AS node ORDER BY d.issuedOn, d.id, [x IN split(t.number, '.') | toInteger(x)], t.id""";

	static final String COOPERATING_TASKS = """
			MATCH (b:Body)<-[:COOPERATES]-(t:Task) WHERE b.id IN $ids
			OPTIONAL MATCH (d:Document)-[:ASSIGNS]->(t)
			RETURN b.id AS key, t AS node ORDER BY d.issuedOn, d.id, [x IN split(t.number, '.') | toInteger(x)], t.id""";

	private final GraphReader reader;

	private final Relations relations;

	private final Dates dates;

	BodyController(GraphReader reader, Relations relations, Dates dates, BatchLoaderRegistry registry) {
		this.reader = reader;
		this.relations = relations;
		this.dates = dates;
		registry.<Dated<Body>, Body>forName("bodyParent")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(
					() -> relations.oneAt(keys, Body::id, PARENT_AT, r -> Body.of(r.get("node").asNode()))));
		registry.<Dated<Body>, List<Body>>forName("bodyChildren")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(
					() -> relations.manyAt(keys, Body::id, CHILDREN_AT, r -> Body.of(r.get("node").asNode()))));
		registry.<Dated<Body>, List<Tenure>>forName("bodyLeaders")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(
					() -> relations.manyAt(keys, Body::id, LEADERS_AT, Tenure::of)));
		registry.<Body, List<Commitment>>forName("bodyCommitments")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(
					() -> relations.many(keys, Body::id, COMMITMENTS, r -> Commitment.of(r.get("node").asNode()))));
	}

	@QueryMapping
	Body body(@Argument String id) {
		return this.reader.one(BY_ID, Map.of("id", id), r -> Body.of(r.get("n").asNode())).orElse(null);
	}

	@QueryMapping
	Connection<Body> bodies(@Argument BodyFilter filter, @Argument BodyOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		var page = PageRequest.of(first, after);
		var n = Cypher.node("Body").named("n");
		var at = Cypher.parameter("at", this.dates.orToday((filter != null) ? filter.at() : null));
		Condition where = Cypher.noCondition();
		if (filter == null || !Boolean.TRUE.equals(filter.includeAbolished())) {
			// still in existence on the date asked for (today by default)
			where = n.property("abolishedOn").isNull().or(n.property("abolishedOn").gt(at));
		}
		if (filter != null) {
			where = ListQuery.in(where, n.property("kind"), "kind", filter.kind());
			where = ListQuery.in(where, n.property("level"), "level", filter.level());
			if (StringUtils.hasText(filter.divisionCode())) {
				where = where.and(n.property("divisionCode").startsWith(Cypher.parameter("divisionCode", filter.divisionCode())));
			}
			if (StringUtils.hasText(filter.name())) {
				var name = Cypher.parameter("name", filter.name().toLowerCase());
				where = where.and(Cypher.toLower(n.property("name")).contains(name)
					.or(Cypher.toLower(n.property("nameEn")).contains(name)));
			}
			if (StringUtils.hasText(filter.parentId())) {
				where = where.and(Cypher.raw("""
						EXISTS { MATCH ($E)-[r:PART_OF]->(:Body {id: $E})
						  WHERE (r.from IS NULL OR r.from <= $E) AND (r.to IS NULL OR $E < r.to) }""",
						n.getRequiredSymbolicName(), Cypher.parameter("parentId", filter.parentId()), at, at).asCondition());
			}
		}
		var order = (orderBy != null) ? orderBy : new BodyOrder(BodyOrder.Field.NAME, Direction.ASC);
		return new ListQuery(n, where, List.of(order.direction().sort(n.property(order.field().property))))
			.fetch(this.reader, page, selection.contains("totalCount"), Body::of);
	}

	@SchemaMapping
	CompletableFuture<Body> parent(Body body, @Argument LocalDate at, DataLoader<Dated<Body>, Body> bodyParent) {
		return bodyParent.load(new Dated<>(body, this.dates.orToday(at)));
	}

	@SchemaMapping
	CompletableFuture<List<Body>> children(Body body, @Argument LocalDate at,
			DataLoader<Dated<Body>, List<Body>> bodyChildren) {
		return bodyChildren.load(new Dated<>(body, this.dates.orToday(at)));
	}

	@SchemaMapping
	CompletableFuture<List<Tenure>> leaders(Body body, @Argument LocalDate at,
			DataLoader<Dated<Body>, List<Tenure>> bodyLeaders) {
		return bodyLeaders.load(new Dated<>(body, this.dates.orToday(at)));
	}

	@SchemaMapping
	CompletableFuture<List<Commitment>> commitments(Body body, @Argument List<String> status,
			DataLoader<Body, List<Commitment>> bodyCommitments) {
		return bodyCommitments.load(body)
			.thenApply(all -> (status == null) ? all
					: all.stream().filter(c -> status.contains(c.status())).toList());
	}

	@BatchMapping
	Map<Body, List<PartOf>> parentHistory(List<Body> bodies) {
		return this.relations.many(bodies, Body::id, PARENT_HISTORY, r -> new PartOf(Body.of(r.get("node").asNode()),
				r.get("from").asLocalDate(null), r.get("to").asLocalDate(null)));
	}

	@BatchMapping
	Map<Body, List<Post>> posts(List<Body> bodies) {
		return this.relations.many(bodies, Body::id, POSTS, r -> Post.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Body, List<Succession>> predecessors(List<Body> bodies) {
		return this.relations.many(bodies, Body::id, PREDECESSORS, BodyController::succession);
	}

	@BatchMapping
	Map<Body, List<Succession>> successors(List<Body> bodies) {
		return this.relations.many(bodies, Body::id, SUCCESSORS, BodyController::succession);
	}

	@BatchMapping
	Map<Body, List<Project>> projects(List<Body> bodies) {
		return this.relations.many(bodies, Body::id, PROJECTS, r -> Project.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Body, List<Record>> records(List<Body> bodies) {
		return this.relations.many(bodies, Body::id, RECORDS, r -> Record.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Body, List<Task>> ledTasks(List<Body> bodies) {
		return this.relations.many(bodies, Body::id, LED_TASKS, r -> Task.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Body, List<Task>> cooperatingTasks(List<Body> bodies) {
		return this.relations.many(bodies, Body::id, COOPERATING_TASKS, r -> Task.of(r.get("node").asNode()));
	}

	private static Succession succession(org.neo4j.driver.Record r) {
		return new Succession(Body.of(r.get("node").asNode()), r.get("on").asLocalDate(null),
				r.get("reason").asString(null));
	}

}
