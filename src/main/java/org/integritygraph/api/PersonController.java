package org.integritygraph.api;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.entity.Person;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

/** The {@code persons} list (公职人员); the fields of {@code Person} and {@code Post} are derived from the model. */
@Controller
class PersonController {

	private final RelationshipFields fields;

	PersonController(RelationshipFields fields) {
		this.fields = fields;
	}

	@QueryMapping
	Connection<Person> persons(@Argument PersonFilter filter, @Argument PersonOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		var page = PageRequest.of(first, after);
		var n = ListQuery.node(GraphModel.PERSON);
		Condition where = Cypher.noCondition();
		if (filter != null && StringUtils.hasText(filter.name())) {
			where = ListQuery.nameContains(n, filter.name());
		}
		var direction = (orderBy != null) ? orderBy.direction() : Direction.ASC;
		var query = new ListQuery(GraphModel.PERSON, n, where,
				List.of(direction.sort(n.property("name"))));
		return this.fields.list(query, page, Person.class, env);
	}

}
