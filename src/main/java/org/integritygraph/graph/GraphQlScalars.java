package org.integritygraph.graph;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The custom scalars of the schema: {@code Date} is an ISO-8601 calendar date ({@link java.time.LocalDate}). */
@Configuration(proxyBeanMethods = false)
public class GraphQlScalars {

	@Bean
	RuntimeWiringConfigurer graphQlScalarsConfigurer() {
		return wiring -> wiring.scalar(ExtendedScalars.Date);
	}

}
