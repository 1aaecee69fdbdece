package org.integritygraph.trace;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * An unknown relationship type is refused by GraphQL validation itself (the {@code TraceRelationship} enum is
 * the allow-list) before any query runs; this reports that refusal like the API's other bad arguments: a
 * {@code BAD_REQUEST} error naming the argument {@code relationshipTypes}.
 */
@Component
class TraceRelationshipErrors implements WebGraphQlInterceptor {

	private static final String ENUM = "'TraceRelationship'";

	private static final String ARGUMENT = "relationshipTypes";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			var errors = response.getExecutionResult().getErrors();
			if (errors.stream().noneMatch(TraceRelationshipErrors::isUnknownRelationshipType)) {
				return response;
			}
			List<GraphQLError> reported = errors.stream().map(TraceRelationshipErrors::asBadRequest).toList();
			return response.transform(builder -> builder.errors(reported));
		});
	}

	private static boolean isUnknownRelationshipType(GraphQLError error) {
		var classification = error.getErrorType();
		return classification instanceof graphql.ErrorType type && type == graphql.ErrorType.ValidationError
				&& error.getMessage() != null && error.getMessage().contains(ENUM);
	}

	private static GraphQLError asBadRequest(GraphQLError error) {
		if (!isUnknownRelationshipType(error)) {
			return error;
		}
		ErrorClassification badRequest = ErrorType.BAD_REQUEST;
		return GraphqlErrorBuilder.newError()
			.message("%s: not a relationship type of the model (%s)", ARGUMENT, error.getMessage())
			.locations(error.getLocations())
			.errorType(badRequest)
			.extensions(Map.of("argument", ARGUMENT))
			.build();
	}

}
