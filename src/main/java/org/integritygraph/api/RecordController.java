package org.integritygraph.api;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.entity.Record;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

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
		var n = ListQuery.node(GraphModel.RECORD);
		Condition where = Cypher.noCondition();
		if (filter != null) {
			where = ListQuery.in(where, n.property("kind"), "kind", filter.kind());
			where = ListQuery.in(where, n.property("severity"), "severity", filter.severity());
			where = ListQuery.in(where, n.property("status"), "status", filter.status());
			if (filter.decidedFrom() != null) {
				where = where.and(n.property("decidedOn").gte(Cypher.parameter("decidedFrom", filter.decidedFrom())));
			}
			if (filter.decidedBefore() != null) {
				where = where.and(n.property("decidedOn").lt(Cypher.parameter("decidedBefore", filter.decidedBefore())));
			}
			if (StringUtils.hasText(filter.againstId())) {
				where = where.and(Cypher.raw("EXISTS { MATCH ($E)-[:AGAINST]->(:Entity {id: $E}) }",
						n.getRequiredSymbolicName(), Cypher.parameter("againstId", filter.againstId())).asCondition());
			}
			if (StringUtils.hasText(filter.issuerId())) {
				where = where.and(Cypher.raw("EXISTS { MATCH ($E)-[:ISSUED_BY]->(:Body {id: $E}) }",
						n.getRequiredSymbolicName(), Cypher.parameter("issuerId", filter.issuerId())).asCondition());
			}
		}
		var order = (orderBy != null) ? orderBy : new RecordOrder(RecordOrder.Field.DECIDED_ON, Direction.DESC);
		Expression key = switch (order.field()) {
			case DECIDED_ON -> n.property("decidedOn");
			// 严重 > 一般 > 轻微: sort by rank, not by the name of the value
			case SEVERITY -> Cypher.raw("CASE $E.severity WHEN 'SERIOUS' THEN 3 WHEN 'GENERAL' THEN 2 ELSE 1 END",
					n.getRequiredSymbolicName());
		};
		var query = new ListQuery(GraphModel.RECORD, n, where,
				List.of(order.direction().sort(key), n.property("decidedOn").descending()));
		return this.fields.list(query, page, Record.class, env);
	}

}
