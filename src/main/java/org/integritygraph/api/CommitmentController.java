package org.integritygraph.api;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Visibility;
import org.integritygraph.graph.Relations;
import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.Project;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

/** The {@code commitments} list (承诺) and the computed {@code Commitment.project}. */
@Controller
class CommitmentController {

	/** The project of a commitment: its own, or its contract's. */
	static final String PROJECT = """
			MATCH (c:Commitment) WHERE c.id IN $ids
			MATCH (c)-[:FOR]->(p:Project) WHERE %1$s
			RETURN c.id AS key, p AS node
			UNION
			MATCH (c:Commitment) WHERE c.id IN $ids
			MATCH (c)-[:UNDER]->(:Contract)-[:FOR]->(p:Project) WHERE %1$s
			RETURN c.id AS key, p AS node""".formatted(Visibility.predicate(GraphModel.PROJECT, "p"));

	private final Relations relations;

	private final RelationshipFields fields;

	CommitmentController(Relations relations, RelationshipFields fields) {
		this.fields = fields;
		this.relations = relations;
	}

	@QueryMapping
	Connection<Commitment> commitments(@Argument CommitmentFilter filter, @Argument CommitmentOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		var page = PageRequest.of(first, after);
		var n = ListQuery.node(GraphModel.COMMITMENT);
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
		var query = new ListQuery(GraphModel.COMMITMENT, n, where,
				List.of(order.direction().sort(n.property(order.field().property))));
		return this.fields.list(query, page, Commitment.class, env);
	}

	@BatchMapping
	Map<Commitment, Project> project(List<Commitment> commitments, @ContextValue(Viewer.KEY) Viewer viewer) {
		return this.relations.one(viewer, commitments, Commitment::id, PROJECT,
				r -> Entities.as(r.get("node").asNode(), Project.class));
	}

}
