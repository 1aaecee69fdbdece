package org.integritygraph.commitment;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.integritygraph.body.Body;
import org.integritygraph.contract.Contract;
import org.integritygraph.contract.Signature;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Relations;
import org.integritygraph.node.Entities;
import org.integritygraph.project.Project;
import org.integritygraph.record.Record;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

/** The {@code Commitment} type (承诺) and its status history. */
@Controller
class CommitmentController {

	static final String BY_ID = "MATCH (n:Commitment {id: $id}) RETURN n";

	static final String MADE_BY = """
			MATCH (c:Commitment)<-[:MADE]-(b:Body) WHERE c.id IN $ids RETURN c.id AS key, b AS node""";

	static final String SIGNATURE = """
			MATCH (c:Commitment)-[s:SIGNED_BY]->(p:Person) WHERE c.id IN $ids
			RETURN c.id AS key, p AS node, s.on AS on""";

	static final String CONTRACT = """
			MATCH (c:Commitment)-[:UNDER]->(k:Contract) WHERE c.id IN $ids RETURN c.id AS key, k AS node""";

	static final String PROJECT = """
			MATCH (c:Commitment) WHERE c.id IN $ids
			MATCH (c)-[:FOR]->(p:Project)
			RETURN c.id AS key, p AS node
			UNION
			MATCH (c:Commitment) WHERE c.id IN $ids
			MATCH (c)-[:UNDER]->(:Contract)-[:FOR]->(p:Project)
			RETURN c.id AS key, p AS node""";

	static final String BENEFICIARIES = """
			MATCH (c:Commitment)-[:TO]->(b) WHERE c.id IN $ids RETURN c.id AS key, b AS node ORDER BY b.id""";

	static final String EVENTS = """
			MATCH (c:Commitment)-[:HAS_EVENT]->(e:CommitmentEvent) WHERE c.id IN $ids
			RETURN c.id AS key, e AS node ORDER BY e.on, e.id""";

	static final String RECORDS = """
			MATCH (c:Commitment)<-[:CONCERNS]-(r:Record) WHERE c.id IN $ids
			RETURN c.id AS key, r AS node ORDER BY r.decidedOn DESC, r.id""";

	private final GraphReader reader;

	private final Relations relations;

	CommitmentController(GraphReader reader, Relations relations) {
		this.reader = reader;
		this.relations = relations;
	}

	@QueryMapping
	Commitment commitment(@Argument String id) {
		return this.reader.one(BY_ID, Map.of("id", id), r -> Commitment.of(r.get("n").asNode())).orElse(null);
	}

	@QueryMapping
	Connection<Commitment> commitments(@Argument CommitmentFilter filter, @Argument CommitmentOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		var page = PageRequest.of(first, after);
		var n = Cypher.node("Commitment").named("n");
		Condition where = Cypher.noCondition();
		if (filter != null) {
			where = ListQuery.in(where, n.property("status"), "status", filter.status());
			where = ListQuery.in(where, n.property("kind"), "kind", filter.kind());
			if (filter.dueFrom() != null) {
				where = where.and(n.property("dueOn").gte(Cypher.parameter("dueFrom", filter.dueFrom())));
			}
			if (filter.dueBefore() != null) {
				where = where.and(n.property("dueOn").lt(Cypher.parameter("dueBefore", filter.dueBefore())));
			}
			if (StringUtils.hasText(filter.bodyId())) {
				where = where.and(Cypher.raw("EXISTS { MATCH ($E)<-[:MADE]-(:Body {id: $E}) }",
						n.getRequiredSymbolicName(), Cypher.parameter("bodyId", filter.bodyId())).asCondition());
			}
		}
		var order = (orderBy != null) ? orderBy : new CommitmentOrder(CommitmentOrder.Field.DUE_ON, Direction.ASC);
		return new ListQuery(n, where, List.of(order.direction().sort(n.property(order.field().property))))
			.fetch(this.reader, page, selection.contains("totalCount"), Commitment::of);
	}

	@BatchMapping
	Map<Commitment, Body> madeBy(List<Commitment> commitments) {
		return this.relations.one(commitments, Commitment::id, MADE_BY, r -> Body.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Commitment, Signature> signature(List<Commitment> commitments) {
		return this.relations.one(commitments, Commitment::id, SIGNATURE, Signature::of);
	}

	@BatchMapping
	Map<Commitment, Contract> contract(List<Commitment> commitments) {
		return this.relations.one(commitments, Commitment::id, CONTRACT, r -> Contract.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Commitment, Project> project(List<Commitment> commitments) {
		return this.relations.one(commitments, Commitment::id, PROJECT, r -> Project.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Commitment, List<Object>> beneficiaries(List<Commitment> commitments) {
		return this.relations.many(commitments, Commitment::id, BENEFICIARIES,
				r -> Entities.required(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Commitment, List<CommitmentEvent>> events(List<Commitment> commitments) {
		return this.relations.many(commitments, Commitment::id, EVENTS,
				r -> CommitmentEvent.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Commitment, List<Record>> records(List<Commitment> commitments) {
		return this.relations.many(commitments, Commitment::id, RECORDS, r -> Record.of(r.get("node").asNode()));
	}

}
