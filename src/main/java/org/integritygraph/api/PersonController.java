package org.integritygraph.api;


import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.entity.Person;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

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
		var query = ListQuery.of(GraphModel.PERSON)
			.nameContains((filter != null) ? filter.name() : null)
			.orderBy("name", (orderBy != null) ? orderBy.direction() : Direction.ASC);
		return this.fields.list(query, page, Person.class, env);
	}

}
