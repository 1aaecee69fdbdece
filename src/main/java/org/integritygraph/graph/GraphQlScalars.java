package org.integritygraph.graph;

import graphql.scalars.ExtendedScalars;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The custom scalars of the schema: {@code Date} is an ISO-8601 {@link java.time.LocalDate}. */
@Component
public class GraphQlScalars implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(ExtendedScalars.Date);
	}

}
