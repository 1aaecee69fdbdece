package org.integritygraph.contract;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.integritygraph.commitment.Commitment;
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

/** The {@code Contract} (合同) and {@code Company} (企业) types. */
@Controller
class ContractController {

	static final String BY_ID = "MATCH (n:Contract {id: $id}) RETURN n";

	static final String COMPANY_BY_ID = "MATCH (n:Company {id: $id}) RETURN n";

	static final String PROJECT = """
			MATCH (c:Contract)-[:FOR]->(p:Project) WHERE c.id IN $ids RETURN c.id AS key, p AS node""";

	static final String PARTIES = """
			MATCH (c:Contract)-[r:PARTY]->(party) WHERE c.id IN $ids
			RETURN c.id AS key, r.role AS role, party AS node ORDER BY r.role, party.id""";

	static final String SIGNERS = """
			MATCH (c:Contract)-[s:SIGNED_BY]->(p:Person) WHERE c.id IN $ids
			RETURN c.id AS key, p AS node, s.on AS on ORDER BY s.on, p.id""";

	static final String COMMITMENTS = """
			MATCH (c:Contract)<-[:UNDER]-(m:Commitment) WHERE c.id IN $ids
			RETURN c.id AS key, m AS node ORDER BY m.dueOn, m.id""";

	static final String RECORDS = """
			MATCH (c:Contract)<-[:CONCERNS]-(r:Record) WHERE c.id IN $ids
			RETURN c.id AS key, r AS node ORDER BY r.decidedOn DESC, r.id""";

	static final String COMPANY_CONTRACTS = """
			MATCH (co:Company)<-[:PARTY]-(c:Contract) WHERE co.id IN $ids
			RETURN DISTINCT co.id AS key, c AS node ORDER BY c.signedOn, c.id""";

	static final String COMPANY_COMMITMENTS = """
			MATCH (co:Company)<-[:TO]-(m:Commitment) WHERE co.id IN $ids
			RETURN co.id AS key, m AS node ORDER BY m.dueOn, m.id""";

	private final GraphReader reader;

	private final Relations relations;

	ContractController(GraphReader reader, Relations relations) {
		this.reader = reader;
		this.relations = relations;
	}

	@QueryMapping
	Contract contract(@Argument String id) {
		return this.reader.one(BY_ID, Map.of("id", id), r -> Contract.of(r.get("n").asNode())).orElse(null);
	}

	@QueryMapping
	Company company(@Argument String id) {
		return this.reader.one(COMPANY_BY_ID, Map.of("id", id), r -> Company.of(r.get("n").asNode())).orElse(null);
	}

	@QueryMapping
	Connection<Contract> contracts(@Argument ContractFilter filter, @Argument ContractOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		var page = PageRequest.of(first, after);
		var n = Cypher.node("Contract").named("n");
		Condition where = Cypher.noCondition();
		if (filter != null) {
			where = ListQuery.in(where, n.property("kind"), "kind", filter.kind());
			if (filter.signedFrom() != null) {
				where = where.and(n.property("signedOn").gte(Cypher.parameter("signedFrom", filter.signedFrom())));
			}
			if (filter.signedBefore() != null) {
				where = where.and(n.property("signedOn").lt(Cypher.parameter("signedBefore", filter.signedBefore())));
			}
			if (StringUtils.hasText(filter.projectId())) {
				where = where.and(Cypher.raw("EXISTS { MATCH ($E)-[:FOR]->(:Project {id: $E}) }",
						n.getRequiredSymbolicName(), Cypher.parameter("projectId", filter.projectId())).asCondition());
			}
			if (StringUtils.hasText(filter.partyId())) {
				where = where.and(Cypher.raw("EXISTS { MATCH ($E)-[:PARTY]->(:Entity {id: $E}) }",
						n.getRequiredSymbolicName(), Cypher.parameter("partyId", filter.partyId())).asCondition());
			}
		}
		var order = (orderBy != null) ? orderBy : new ContractOrder(ContractOrder.Field.SIGNED_ON, Direction.ASC);
		return new ListQuery(n, where, List.of(order.direction().sort(n.property(order.field().property))))
			.fetch(this.reader, page, selection.contains("totalCount"), Contract::of);
	}

	@BatchMapping
	Map<Contract, Project> project(List<Contract> contracts) {
		return this.relations.one(contracts, Contract::id, PROJECT, r -> Project.of(r.get("node").asNode()));
	}

	@BatchMapping
	Map<Contract, List<ContractParty>> parties(List<Contract> contracts) {
		return this.relations.many(contracts, Contract::id, PARTIES,
				r -> new ContractParty(r.get("role").asString(), Entities.required(r.get("node").asNode())));
	}

	@BatchMapping
	Map<Contract, List<Signature>> signers(List<Contract> contracts) {
		return this.relations.many(contracts, Contract::id, SIGNERS, Signature::of);
	}

	@BatchMapping(typeName = "Contract", field = "commitments")
	Map<Contract, List<Commitment>> commitments(List<Contract> contracts) {
		return this.relations.many(contracts, Contract::id, COMMITMENTS, r -> Commitment.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Contract", field = "records")
	Map<Contract, List<Record>> records(List<Contract> contracts) {
		return this.relations.many(contracts, Contract::id, RECORDS, r -> Record.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Company", field = "contracts")
	Map<Company, List<Contract>> companyContracts(List<Company> companies) {
		return this.relations.many(companies, Company::id, COMPANY_CONTRACTS, r -> Contract.of(r.get("node").asNode()));
	}

	@BatchMapping(typeName = "Company", field = "commitmentsReceived")
	Map<Company, List<Commitment>> commitmentsReceived(List<Company> companies) {
		return this.relations.many(companies, Company::id, COMPANY_COMMITMENTS,
				r -> Commitment.of(r.get("node").asNode()));
	}

}
