package org.integritygraph.api;

import graphql.scalars.ExtendedScalars;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The {@code Date} scalar of the schema: ISO-8601 dates as {@link java.time.LocalDate}. */
@Component
public class GraphQlScalars implements RuntimeWiringConfigurer {

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
		builder.scalar(ExtendedScalars.Date);
	}

}
