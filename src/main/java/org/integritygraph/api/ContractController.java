package org.integritygraph.api;


import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.entity.Contract;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

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
		var query = ListQuery.of(GraphModel.CONTRACT);
		if (filter != null) {
			query.in("kind", filter.kind())
				.atLeast("signedOn", "signedFrom", filter.signedFrom())
				.before("signedOn", "signedBefore", filter.signedBefore())
				.where("EXISTS { MATCH (n)-[:FOR]->(:Project {id: $projectId}) }", "projectId", filter.projectId())
				.where("EXISTS { MATCH (n)-[:PARTY]->(:Entity {id: $partyId}) }", "partyId", filter.partyId());
		}
		var order = (orderBy != null) ? orderBy : new ContractOrder(ContractOrder.Field.SIGNED_ON, Direction.ASC);
		query.orderBy(order.field().property, order.direction());
		return this.fields.list(query, page, Contract.class, env);
	}

}
