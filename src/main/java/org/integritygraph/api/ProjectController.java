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
import org.integritygraph.model.entity.Record;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code projects} list (项目) and the computed fields of {@code Project}; its relationship fields, and
 * those of {@code Phase} and {@code Decision}, are derived from the model.
 */
@Controller
class ProjectController {

	/** Commitments for the project, directly or under one of its contracts. */
	static final String COMMITMENTS = """
			MATCH (p:Project) WHERE p.id IN $ids
			CALL (p) {
			  MATCH (p)<-[:FOR]-(c:Commitment) RETURN c
			  UNION
			  MATCH (p)<-[:FOR]-(:Contract)<-[:UNDER]-(c:Commitment) RETURN c
			}
			WITH p, c WHERE %s
			RETURN p.id AS key, c AS node ORDER BY c.dueOn, c.id""".formatted(Visibility.predicate(GraphModel.COMMITMENT, "c"));

	/** Records concerning the project itself, its decisions, contracts or commitments. */
	static final String RECORDS = """
			MATCH (p:Project) WHERE p.id IN $ids
			CALL (p) {
			  MATCH (p)<-[:CONCERNS]-(r:Record) RETURN r
			  UNION
			  MATCH (p)<-[:FOR|ON]-(x)<-[:CONCERNS]-(r:Record) RETURN r
			  UNION
			  MATCH (p)<-[:FOR]-(:Contract)<-[:UNDER]-(:Commitment)<-[:CONCERNS]-(r:Record) RETURN r
			}
			WITH p, r WHERE %s
			RETURN p.id AS key, r AS node ORDER BY r.decidedOn DESC, r.id""".formatted(Visibility.predicate(GraphModel.RECORD, "r"));

	private final Relations relations;

	private final RelationshipFields fields;

	ProjectController(Relations relations, RelationshipFields fields) {
		this.fields = fields;
		this.relations = relations;
	}

	@QueryMapping
	Connection<Project> projects(@Argument ProjectFilter filter, @Argument ProjectOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		var page = PageRequest.of(first, after);
		var query = ListQuery.of(GraphModel.PROJECT);
		if (filter != null) {
			query.in("kind", filter.kind())
				.in("phase", filter.phase())
				.in("status", filter.status())
				.nameContains(filter.name())
				.where("EXISTS { MATCH (n)-[:OWNED_BY]->(:Body {id: $ownerId}) }", "ownerId", filter.ownerId());
		}
		var order = (orderBy != null) ? orderBy : new ProjectOrder(ProjectOrder.Field.NAME, Direction.ASC);
		query.orderBy(order.field().property, order.direction());
		return this.fields.list(query, page, Project.class, env);
	}

	@BatchMapping(typeName = "Project", field = "commitments")
	Map<Project, List<Commitment>> commitments(List<Project> projects, @ContextValue(Viewer.KEY) Viewer viewer) {
		return this.relations.many(viewer, projects, Project::id, COMMITMENTS,
				r -> Entities.as(r.get("node").asNode(), Commitment.class));
	}

	@BatchMapping(typeName = "Project", field = "records")
	Map<Project, List<Record>> records(List<Project> projects, @ContextValue(Viewer.KEY) Viewer viewer) {
		return this.relations.many(viewer, projects, Project::id, RECORDS, r -> Entities.as(r.get("node").asNode(), Record.class));
	}

}
