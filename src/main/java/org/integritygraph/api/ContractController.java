package org.integritygraph.api;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.entity.Contract;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

/** The {@code contracts} list (合同); the fields of {@code Contract} and {@code Company} are derived from the model. */
@Controller
class ContractController {

	private final RelationshipFields fields;

	ContractController(RelationshipFields fields) {
		this.fields = fields;
	}

	@QueryMapping
	Connection<Contract> contracts(@Argument ContractFilter filter, @Argument ContractOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		var page = PageRequest.of(first, after);
		var n = ListQuery.node(GraphModel.CONTRACT);
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
		var query = new ListQuery(GraphModel.CONTRACT, n, where,
				List.of(order.direction().sort(n.property(order.field().property))));
		return this.fields.list(query, page, Contract.class, env);
	}

}
