package org.integritygraph.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.integritygraph.body.Body;
import org.integritygraph.graph.Dated;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.Relations;
import org.integritygraph.project.Responsibility;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** The {@code Post} type (职务): holders over time and the dated reporting lines. */
@Controller
class PostController {

	static final String BY_ID = "MATCH (n:Post {id: $id}) RETURN n";

	static final String BODY = """
			MATCH (p:Post)-[:IN]->(b:Body) WHERE p.id IN $ids
			RETURN p.id AS key, b AS node""";

	static final String HOLDERS_AT = """
			MATCH (p:Post)<-[h:HELD]-(person:Person) WHERE p.id IN $ids
			  AND h.from <= $at AND (h.to IS NULL OR $at < h.to)
			RETURN p.id AS key, person.id AS person, p.id AS post, h.from AS from, h.to AS to
			ORDER BY h.from, person.id""";

	static final String HOLDER_HISTORY = """
			MATCH (p:Post)<-[h:HELD]-(person:Person) WHERE p.id IN $ids
			RETURN p.id AS key, person.id AS person, p.id AS post, h.from AS from, h.to AS to
			ORDER BY h.from, person.id""";

	static final String REPORTS_TO_AT = """
			MATCH (p:Post)-[r:REPORTS_TO]->(superior:Post) WHERE p.id IN $ids
			  AND r.from <= $at AND (r.to IS NULL OR $at < r.to)
			RETURN p.id AS key, superior AS node ORDER BY r.from DESC""";

	static final String REPORTING_HISTORY = """
			MATCH (p:Post)-[r:REPORTS_TO]->(superior:Post) WHERE p.id IN $ids
			RETURN p.id AS key, superior AS node, r.from AS from, r.to AS to ORDER BY r.from""";

	static final String SUBORDINATES_AT = """
			MATCH (p:Post)<-[r:REPORTS_TO]-(subordinate:Post) WHERE p.id IN $ids
			  AND r.from <= $at AND (r.to IS NULL OR $at < r.to)
			RETURN p.id AS key, subordinate AS node ORDER BY subordinate.title, subordinate.id""";

	static final String RESPONSIBILITIES = """
			MATCH (p:Post)<-[r:RESPONSIBLE]-(ph:Phase) WHERE p.id IN $ids
			RETURN p.id AS key, r.role AS role, ph.id AS phase, p.id AS post, null AS person,
			       coalesce(r.from, ph.from) AS from, coalesce(r.to, ph.to) AS to
			ORDER BY from, ph.id""";

	static final String POSTS_BY_ID = """
			MATCH (p:Post) WHERE p.id IN $ids RETURN p.id AS key, p AS node""";

	static final String PERSONS_BY_ID = """
			MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS key, p AS node""";

	private final GraphReader reader;

	private final Relations relations;

	private final Dates dates;

	PostController(GraphReader reader, Relations relations, Dates dates, BatchLoaderRegistry registry) {
		this.reader = reader;
		this.relations = relations;
		this.dates = dates;
		registry.<Dated<Post>, List<Tenure>>forName("postHolders")
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromSupplier(() -> relations.manyAt(keys, Post::id, HOLDERS_AT, Tenure::of)));
		registry.<Dated<Post>, Post>forName("postReportsTo")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(
					() -> relations.oneAt(keys, Post::id, REPORTS_TO_AT, r -> Post.of(r.get("node").asNode()))));
		registry.<Dated<Post>, List<Post>>forName("postSubordinates")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(
					() -> relations.manyAt(keys, Post::id, SUBORDINATES_AT, r -> Post.of(r.get("node").asNode()))));
	}

	@QueryMapping
	Post post(@Argument String id) {
		return this.reader.one(BY_ID, Map.of("id", id), r -> Post.of(r.get("n").asNode())).orElse(null);
	}

	@BatchMapping
	Map<Post, Body> body(List<Post> posts) {
		return this.relations.one(posts, Post::id, BODY, r -> Body.of(r.get("node").asNode()));
	}

	@SchemaMapping
	CompletableFuture<List<Tenure>> holders(Post post, @Argument LocalDate at,
			DataLoader<Dated<Post>, List<Tenure>> postHolders) {
		return postHolders.load(new Dated<>(post, this.dates.orToday(at)));
	}

	@BatchMapping
	Map<Post, List<Tenure>> holderHistory(List<Post> posts) {
		return this.relations.many(posts, Post::id, HOLDER_HISTORY, Tenure::of);
	}

	@SchemaMapping
	CompletableFuture<Post> reportsTo(Post post, @Argument LocalDate at, DataLoader<Dated<Post>, Post> postReportsTo) {
		return postReportsTo.load(new Dated<>(post, this.dates.orToday(at)));
	}

	@BatchMapping
	Map<Post, List<ReportingLine>> reportingHistory(List<Post> posts) {
		return this.relations.many(posts, Post::id, REPORTING_HISTORY, r -> new ReportingLine(
				Post.of(r.get("node").asNode()), r.get("from").asLocalDate(null), r.get("to").asLocalDate(null)));
	}

	@SchemaMapping
	CompletableFuture<List<Post>> subordinates(Post post, @Argument LocalDate at,
			DataLoader<Dated<Post>, List<Post>> postSubordinates) {
		return postSubordinates.load(new Dated<>(post, this.dates.orToday(at)));
	}

	@BatchMapping
	Map<Post, List<Responsibility>> responsibilities(List<Post> posts) {
		return this.relations.many(posts, Post::id, RESPONSIBILITIES, Responsibility::of);
	}

	@BatchMapping(typeName = "Tenure", field = "person")
	Map<Tenure, Person> tenurePerson(List<Tenure> tenures) {
		return this.relations.one(tenures, Tenure::personId, PERSONS_BY_ID, r -> Person.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Tenure", field = "post")
	Map<Tenure, Post> tenurePost(List<Tenure> tenures) {
		return this.relations.one(tenures, Tenure::postId, POSTS_BY_ID, r -> Post.of(r.get("node").asNode()));
	}

}
