package org.integritygraph.api;

import graphql.scalars.ExtendedScalars;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The scalars of the schema: {@code Date} (ISO-8601 dates as {@link java.time.LocalDate}), {@code DateTime}
 * (with offset, as {@link java.time.OffsetDateTime}) and {@code JSON} (property maps of the audit trail).
 */
@Component
public class GraphQlScalars implements RuntimeWiringConfigurer {

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
		builder.scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Json);
	}

}
