package org.integritygraph.api;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.graph.DeadlineExceededException;
import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.graph.UnavailableException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where failures become GraphQL errors, classified by their type (never by their message):
 * {@code BAD_REQUEST} naming the offending argument for invalid input, a typed {@code TIMEOUT} reason when
 * the database ended a query at its time limit or the request passed its deadline, {@code UNAUTHORIZED}
 * (no token) or {@code FORBIDDEN} (not the role) for what the caller may not do, {@code INTERNAL_ERROR} for a
 * missing installation part. Anything else is masked: an {@code INTERNAL_ERROR} with an id that the log line
 * of the failure carries.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	GraphQlErrors() {
		// the request's security context, which tells a refused caller without a token (UNAUTHORIZED) from one
		// without the role (FORBIDDEN), also on the thread that resolves an exception of a data fetcher
		setThreadLocalContextAware(true);
	}

	/** The status codes with which Neo4j ends a transaction at its time limit. */
	private static final Set<String> TIMEOUT_CODES = Set.of("Neo.ClientError.Transaction.TransactionTimedOut",
			"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
			"Neo.TransientError.Transaction.TransactionTimedOut");

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException invalid) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(Map.of("argument", invalid.argument()))
				.build();
		}
		if (ex instanceof DeadlineExceededException || (ex instanceof Neo4jException neo4j && TIMEOUT_CODES.contains(neo4j.code()))) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message("The query took longer than the configured time limit; narrow it down (fewer hops, a smaller page).")
				.extensions(Map.of("reason", "TIMEOUT"))
				.build();
		}
		if (ex instanceof AccessDeniedException denied) {
			var anonymous = SecurityContextHolder.getContext().getAuthentication() == null
					|| SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken;
			return GraphqlErrorBuilder.newError(env)
				.errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
				.message(denied.getMessage())
				.build();
		}
		if (ex instanceof UnavailableException unavailable) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(unavailable.getMessage())
				.extensions(Map.of("reason", "UNAVAILABLE"))
				.build();
		}
		// masked: an id the logs can find, nothing of the failure itself (no stack, no Cypher)
		var id = UUID.randomUUID().toString();
		log.error("Unexpected failure {} resolving {}", id, env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error " + id + "; the service's log has the details.")
			.extensions(Map.of("errorId", id))
			.build();
	}

}
