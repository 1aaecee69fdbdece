package org.integritygraph.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Observations of GraphQL requests ({@code graphql.request}: their metrics and traces), not of each field fetched.
 * Spring for GraphQL's instrumentation wraps every controller's data fetcher in an observation of its own, made for
 * each field of each row even when the {@code graphql.datafetcher} observations are turned off (application.yml): a
 * nested list of ten bodies with their posts and holders made some two hundred, each a context and a check of the
 * observation predicates.
 */
@Configuration(proxyBeanMethods = false)
class RequestObservations {

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry) {
		return new GraphQlObservationInstrumentation(registry) {

			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
					InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
				return dataFetcher;
			}

		};
	}

}
