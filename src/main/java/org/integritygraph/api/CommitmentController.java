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

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

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
		var query = ListQuery.of(GraphModel.COMMITMENT);
		if (filter != null) {
			query.in("status", filter.status())
				.in("kind", filter.kind())
				.atLeast("dueOn", "dueFrom", filter.dueFrom())
				.before("dueOn", "dueBefore", filter.dueBefore())
				.where("EXISTS { MATCH (n)<-[:MADE]-(:Body {id: $bodyId}) }", "bodyId", filter.bodyId());
		}
		var order = (orderBy != null) ? orderBy : new CommitmentOrder(CommitmentOrder.Field.DUE_ON, Direction.ASC);
		query.orderBy(order.field().property, order.direction());
		return this.fields.list(query, page, Commitment.class, env);
	}

	@BatchMapping
	Map<Commitment, Project> project(List<Commitment> commitments, @ContextValue(Viewer.KEY) Viewer viewer) {
		return this.relations.one(viewer, commitments, Commitment::id, PROJECT,
				r -> Entities.as(r.get("node").asNode(), Project.class));
	}

}
