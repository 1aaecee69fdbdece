package org.integritygraph.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.integritygraph.commitment.Commitment;
import org.integritygraph.contract.Contract;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Dated;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Relations;
import org.integritygraph.project.Decision;
import org.integritygraph.record.Record;
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

/** The {@code Person} type (公职人员) and its queries. */
@Controller
class PersonController {

	static final String BY_ID = "MATCH (n:Person {id: $id}) RETURN n";

	static final String TENURES = """
			MATCH (person:Person)-[h:HELD]->(p:Post) WHERE person.id IN $ids
			RETURN person.id AS key, person.id AS person, p.id AS post, h.from AS from, h.to AS to
			ORDER BY h.from, p.id""";

	static final String POSTS_HELD_AT = """
			MATCH (person:Person)-[h:HELD]->(p:Post) WHERE person.id IN $ids
			  AND h.from <= $at AND (h.to IS NULL OR $at < h.to)
			RETURN person.id AS key, person.id AS person, p.id AS post, h.from AS from, h.to AS to
			ORDER BY h.from, p.id""";

	static final String RECORDS = """
			MATCH (person:Person)<-[:AGAINST]-(r:Record) WHERE person.id IN $ids
			RETURN person.id AS key, r AS node ORDER BY r.decidedOn DESC, r.id""";

	static final String SIGNED_CONTRACTS = """
			MATCH (person:Person)<-[:SIGNED_BY]-(c:Contract) WHERE person.id IN $ids
			RETURN person.id AS key, c AS node ORDER BY c.signedOn, c.id""";

	static final String SIGNED_COMMITMENTS = """
			MATCH (person:Person)<-[:SIGNED_BY]-(c:Commitment) WHERE person.id IN $ids
			RETURN person.id AS key, c AS node ORDER BY c.madeOn, c.id""";

	static final String DECISIONS = """
			MATCH (person:Person)<-[:DECIDED_BY]-(d:Decision) WHERE person.id IN $ids
			RETURN person.id AS key, d AS node ORDER BY d.decidedOn, d.id""";

	private final GraphReader reader;

	private final Relations relations;

	private final Dates dates;

	PersonController(GraphReader reader, Relations relations, Dates dates, BatchLoaderRegistry registry) {
		this.reader = reader;
		this.relations = relations;
		this.dates = dates;
		registry.<Dated<Person>, List<Tenure>>forName("personPostsHeld")
			.registerMappedBatchLoader((keys, env) -> Mono
				.fromSupplier(() -> relations.manyAt(keys, Person::id, POSTS_HELD_AT, Tenure::of)));
	}

	@QueryMapping
	Person person(@Argument String id) {
		return this.reader.one(BY_ID, Map.of("id", id), r -> Person.of(r.get("n").asNode())).orElse(null);
	}

	@QueryMapping
	Connection<Person> persons(@Argument PersonFilter filter, @Argument PersonOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		var page = PageRequest.of(first, after);
		var n = Cypher.node("Person").named("n");
		Condition where = Cypher.noCondition();
		if (filter != null && StringUtils.hasText(filter.name())) {
			var name = Cypher.parameter("name", filter.name().toLowerCase());
			where = Cypher.toLower(n.property("name")).contains(name)
				.or(Cypher.toLower(n.property("nameEn")).contains(name));
		}
		var direction = (orderBy != null) ? orderBy.direction() : org.integritygraph.graph.Direction.ASC;
		return new ListQuery(n, where, List.of(direction.sort(n.property("name"))))
			.fetch(this.reader, page, selection.contains("totalCount"), Person::of);
	}

	@BatchMapping
	Map<Person, List<Tenure>> tenures(List<Person> persons) {
		return this.relations.many(persons, Person::id, TENURES, Tenure::of);
	}

	@SchemaMapping
	CompletableFuture<List<Tenure>> postsHeld(Person person, @Argument LocalDate at,
			DataLoader<Dated<Person>, List<Tenure>> personPostsHeld) {
		return personPostsHeld.load(new Dated<>(person, this.dates.orToday(at)));
	}

	@BatchMapping
	Map<Person, List<Record>> records(List<Person> persons) {
		return this.relations.many(persons, Person::id, RECORDS, r -> Record.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Person, List<Contract>> signedContracts(List<Person> persons) {
		return this.relations.many(persons, Person::id, SIGNED_CONTRACTS, r -> Contract.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Person, List<Commitment>> signedCommitments(List<Person> persons) {
		return this.relations.many(persons, Person::id, SIGNED_COMMITMENTS,
				r -> Commitment.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Person, List<Decision>> decisions(List<Person> persons) {
		return this.relations.many(persons, Person::id, DECISIONS, r -> Decision.of(r.get("node").asNode()));
	}

}
