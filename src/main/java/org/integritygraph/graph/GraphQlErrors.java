package org.integritygraph.graph;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Reports an {@link InvalidArgumentException} as a {@code BAD_REQUEST} error whose extensions name the
 * argument; other exceptions are left to the default handling (masked as internal errors).
 */
@Component
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException invalid) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(Map.of("argument", invalid.argument()))
				.build();
		}
		return null;
	}

}
