package org.integritygraph.project;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.integritygraph.body.Body;
import org.integritygraph.commitment.Commitment;
import org.integritygraph.contract.Contract;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Relations;
import org.integritygraph.node.Entities;
import org.integritygraph.person.Person;
import org.integritygraph.person.Post;
import org.integritygraph.record.Document;
import org.integritygraph.record.Record;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

/** The {@code Project}, {@code Phase}, {@code Responsibility} and {@code Decision} types. */
@Controller
class ProjectController {

	static final String BY_ID = "MATCH (n:Project {id: $id}) RETURN n";

	static final String OWNER = """
			MATCH (p:Project)-[:OWNED_BY]->(b:Body) WHERE p.id IN $ids RETURN p.id AS key, b AS node""";

	static final String PHASES = """
			MATCH (p:Project)-[:HAS_PHASE]->(ph:Phase) WHERE p.id IN $ids
			RETURN p.id AS key, ph AS node ORDER BY ph.from, ph.id""";

	static final String DECISIONS = """
			MATCH (p:Project)<-[:ON]-(d:Decision) WHERE p.id IN $ids
			RETURN p.id AS key, d AS node ORDER BY d.decidedOn, d.id""";

	static final String CONTRACTS = """
			MATCH (p:Project)<-[:FOR]-(c:Contract) WHERE p.id IN $ids
			RETURN p.id AS key, c AS node ORDER BY c.signedOn, c.id""";

	static final String COMMITMENTS = """
			MATCH (p:Project) WHERE p.id IN $ids
			CALL (p) {
			  MATCH (p)<-[:FOR]-(c:Commitment) RETURN c
			  UNION
			  MATCH (p)<-[:FOR]-(:Contract)<-[:UNDER]-(c:Commitment) RETURN c
			}
			RETURN p.id AS key, c AS node ORDER BY c.dueOn, c.id""";

	static final String RECORDS = """
			MATCH (p:Project) WHERE p.id IN $ids
			CALL (p) {
			  MATCH (p)<-[:CONCERNS]-(r:Record) RETURN r
			  UNION
			  MATCH (p)<-[:FOR|ON]-(x)<-[:CONCERNS]-(r:Record) RETURN r
			  UNION
			  MATCH (p)<-[:FOR]-(:Contract)<-[:UNDER]-(:Commitment)<-[:CONCERNS]-(r:Record) RETURN r
			}
			RETURN p.id AS key, r AS node ORDER BY r.decidedOn DESC, r.id""";

	static final String SOURCES = """
			MATCH (n:Entity)-[:SOURCED_FROM]->(d:Document) WHERE n.id IN $ids
			RETURN n.id AS key, d AS node ORDER BY d.issuedOn, d.id""";

	static final String PHASE_PROJECT = """
			MATCH (p:Project)-[:HAS_PHASE]->(ph:Phase) WHERE ph.id IN $ids RETURN ph.id AS key, p AS node""";

	static final String PHASE_RESPONSIBILITIES = """
			MATCH (ph:Phase)-[r:RESPONSIBLE]->(t) WHERE ph.id IN $ids
			RETURN ph.id AS key, r.role AS role, ph.id AS phase,
			       CASE WHEN t:Post THEN t.id END AS post, CASE WHEN t:Person THEN t.id END AS person,
			       coalesce(r.from, ph.from) AS from, coalesce(r.to, ph.to) AS to
			ORDER BY from, role, t.id""";

	static final String PHASES_BY_ID = "MATCH (n:Phase) WHERE n.id IN $ids RETURN n.id AS key, n AS node";

	static final String POSTS_BY_ID = "MATCH (n:Post) WHERE n.id IN $ids RETURN n.id AS key, n AS node";

	static final String PERSONS_BY_ID = "MATCH (n:Person) WHERE n.id IN $ids RETURN n.id AS key, n AS node";

	static final String DECISION_PROJECT = """
			MATCH (d:Decision)-[:ON]->(p:Project) WHERE d.id IN $ids RETURN d.id AS key, p AS node""";

	static final String DECIDED_BY = """
			MATCH (d:Decision)-[:DECIDED_BY]->(a) WHERE d.id IN $ids
			RETURN d.id AS key, a AS node ORDER BY a.id""";

	private final GraphReader reader;

	private final Relations relations;

	ProjectController(GraphReader reader, Relations relations) {
		this.reader = reader;
		this.relations = relations;
	}

	@QueryMapping
	Project project(@Argument String id) {
		return this.reader.one(BY_ID, Map.of("id", id), r -> Project.of(r.get("n").asNode())).orElse(null);
	}

	@QueryMapping
	Connection<Project> projects(@Argument ProjectFilter filter, @Argument ProjectOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		var page = PageRequest.of(first, after);
		var n = Cypher.node("Project").named("n");
		Condition where = Cypher.noCondition();
		if (filter != null) {
			where = ListQuery.in(where, n.property("kind"), "kind", filter.kind());
			where = ListQuery.in(where, n.property("phase"), "phase", filter.phase());
			where = ListQuery.in(where, n.property("status"), "status", filter.status());
			if (StringUtils.hasText(filter.name())) {
				var name = Cypher.parameter("name", filter.name().toLowerCase());
				where = where.and(Cypher.toLower(n.property("name")).contains(name)
					.or(Cypher.toLower(n.property("nameEn")).contains(name)));
			}
			if (StringUtils.hasText(filter.ownerId())) {
				where = where.and(Cypher.raw("EXISTS { MATCH ($E)-[:OWNED_BY]->(:Body {id: $E}) }",
						n.getRequiredSymbolicName(), Cypher.parameter("ownerId", filter.ownerId())).asCondition());
			}
		}
		var order = (orderBy != null) ? orderBy : new ProjectOrder(ProjectOrder.Field.NAME, Direction.ASC);
		return new ListQuery(n, where, List.of(order.direction().sort(n.property(order.field().property))))
			.fetch(this.reader, page, selection.contains("totalCount"), Project::of);
	}

	@BatchMapping
	Map<Project, Body> owner(List<Project> projects) {
		return this.relations.one(projects, Project::id, OWNER, r -> Body.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Project, List<Phase>> phases(List<Project> projects) {
		return this.relations.many(projects, Project::id, PHASES, r -> Phase.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Project", field = "decisions")
	Map<Project, List<Decision>> decisions(List<Project> projects) {
		return this.relations.many(projects, Project::id, DECISIONS, r -> Decision.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Project", field = "contracts")
	Map<Project, List<Contract>> contracts(List<Project> projects) {
		return this.relations.many(projects, Project::id, CONTRACTS, r -> Contract.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Project", field = "commitments")
	Map<Project, List<Commitment>> commitments(List<Project> projects) {
		return this.relations.many(projects, Project::id, COMMITMENTS, r -> Commitment.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Project", field = "records")
	Map<Project, List<Record>> records(List<Project> projects) {
		return this.relations.many(projects, Project::id, RECORDS, r -> Record.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Project", field = "sources")
	Map<Project, List<Document>> projectSources(List<Project> projects) {
		return this.relations.many(projects, Project::id, SOURCES, r -> Document.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Phase", field = "project")
	Map<Phase, Project> phaseProject(List<Phase> phases) {
		return this.relations.one(phases, Phase::id, PHASE_PROJECT, r -> Project.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Phase", field = "responsibilities")
	Map<Phase, List<Responsibility>> phaseResponsibilities(List<Phase> phases) {
		return this.relations.many(phases, Phase::id, PHASE_RESPONSIBILITIES, Responsibility::of);
	}

	@BatchMapping(typeName = "Responsibility", field = "phase")
	Map<Responsibility, Phase> responsibilityPhase(List<Responsibility> responsibilities) {
		return this.relations.one(responsibilities, Responsibility::phaseId, PHASES_BY_ID,
				r -> Phase.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Responsibility", field = "post")
	Map<Responsibility, Post> responsibilityPost(List<Responsibility> responsibilities) {
		var withPost = responsibilities.stream().filter(r -> r.postId() != null).toList();
		return this.relations.one(withPost, Responsibility::postId, POSTS_BY_ID, r -> Post.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Responsibility", field = "person")
	Map<Responsibility, Person> responsibilityPerson(List<Responsibility> responsibilities) {
		var withPerson = responsibilities.stream().filter(r -> r.personId() != null).toList();
		return this.relations.one(withPerson, Responsibility::personId, PERSONS_BY_ID,
				r -> Person.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Decision", field = "project")
	Map<Decision, Project> decisionProject(List<Decision> decisions) {
		return this.relations.one(decisions, Decision::id, DECISION_PROJECT, r -> Project.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Decision", field = "decidedBy")
	Map<Decision, List<Object>> decidedBy(List<Decision> decisions) {
		return this.relations.many(decisions, Decision::id, DECIDED_BY, r -> Entities.required(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Decision", field = "sources")
	Map<Decision, List<Document>> decisionSources(List<Decision> decisions) {
		return this.relations.many(decisions, Decision::id, SOURCES, r -> Document.of(r.get("node").asNode()));
	}

}
