package org.integritygraph.graph;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns expected failures into typed GraphQL errors: {@code BAD_REQUEST} with the offending
 * argument for invalid input, {@code INTERNAL_ERROR} with a plain message when a query exceeds its
 * time limit. Anything else stays masked by Spring for GraphQL (and is logged here).
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException invalid) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(Map.of("argument", invalid.argument()))
				.build();
		}
		if (isTimeout(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message("The query took longer than the configured time limit; narrow it down (fewer hops, a smaller page).")
				.extensions(Map.of("reason", "TIMEOUT"))
				.build();
		}
		log.error("Unexpected failure resolving {}", env.getExecutionStepInfo().getPath(), ex);
		return null;
	}

	private static boolean isTimeout(Throwable ex) {
		return (ex instanceof TransientException || ex instanceof ClientException)
				&& ex.getMessage() != null && ex.getMessage().toLowerCase().contains("timeout");
	}

}
