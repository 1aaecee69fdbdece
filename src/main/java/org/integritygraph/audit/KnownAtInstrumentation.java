package org.integritygraph.audit;

import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ValuesResolver;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Directive;
import org.integritygraph.graph.KnownAt;

import org.springframework.stereotype.Component;

/**
 * Reads the {@code @knownAt(at:)} directive of a query and puts a {@link KnownAt.Scope} for the recorded time
 * into the request's GraphQL context, from where it reaches every data fetcher and batch loader of the request;
 * closes it (rolling its transaction back) when the result is complete.
 */
@Component
class KnownAtInstrumentation implements Instrumentation {

	static final String DIRECTIVE = "knownAt";

	@Override
	public ExecutionContext instrumentExecutionContext(ExecutionContext context,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		var operation = context.getOperationDefinition();
		if (operation == null) {
			return context;
		}
		for (Directive directive : operation.getDirectives(DIRECTIVE)) {
			var definition = context.getGraphQLSchema().getDirective(DIRECTIVE);
			var arguments = ValuesResolver.getArgumentValues(definition.getArguments(), directive.getArguments(),
					context.getCoercedVariables(), context.getGraphQLContext(), context.getLocale());
			if (arguments.get("at") instanceof OffsetDateTime at) {
				context.getGraphQLContext().put(KnownAt.CONTEXT_KEY, new KnownAt.Scope(at));
			}
		}
		return context;
	}

	/** Ends the request's reads as of a recorded time: their transaction is rolled back. */
	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (parameters.getGraphQLContext().get(KnownAt.CONTEXT_KEY) instanceof KnownAt.Scope scope) {
			scope.close();
		}
		return CompletableFuture.completedFuture(result);
	}

}
