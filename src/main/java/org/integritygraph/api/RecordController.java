package org.integritygraph.api;


import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.entity.Record;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code records} list (诚信记录); the fields of {@code Record}, {@code Document} and {@code Task} are derived from the model. */
@Controller
class RecordController {

	private final RelationshipFields fields;

	RecordController(RelationshipFields fields) {
		this.fields = fields;
	}

	@QueryMapping
	Connection<Record> records(@Argument RecordFilter filter, @Argument RecordOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		var page = PageRequest.of(first, after);
		var query = ListQuery.of(GraphModel.RECORD);
		if (filter != null) {
			query.in("kind", filter.kind())
				.in("severity", filter.severity())
				.in("status", filter.status())
				.atLeast("decidedOn", "decidedFrom", filter.decidedFrom())
				.before("decidedOn", "decidedBefore", filter.decidedBefore())
				.where("EXISTS { MATCH (n)-[:AGAINST]->(:Entity {id: $againstId}) }", "againstId", filter.againstId())
				.where("EXISTS { MATCH (n)-[:ISSUED_BY]->(:Body {id: $issuerId}) }", "issuerId", filter.issuerId());
		}
		var order = (orderBy != null) ? orderBy : new RecordOrder(RecordOrder.Field.DECIDED_ON, Direction.DESC);
		switch (order.field()) {
			case DECIDED_ON -> query.orderBy("decidedOn", order.direction());
			// 严重 > 一般 > 轻微: sort by rank, not by the name of the value
			case SEVERITY -> query.orderByCypher("CASE n.severity WHEN 'SERIOUS' THEN 3 WHEN 'GENERAL' THEN 2 ELSE 1 END",
					order.direction());
		}
		query.orderBy("decidedOn", Direction.DESC);
		return this.fields.list(query, page, Record.class, env);
	}

}
