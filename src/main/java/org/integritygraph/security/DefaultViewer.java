package org.integritygraph.security;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.integritygraph.graph.Viewer;

import org.springframework.stereotype.Component;

/**
 * A GraphQL execution that did not come over HTTP (no {@link GraphQlRequests}) reads as the caller of the
 * current security context, the public when there is none: never as anybody who sees everything by default.
 */
@Component
class DefaultViewer extends SimplePerformantInstrumentation {

	private final RequestViewers viewers;

	DefaultViewer(RequestViewers viewers) {
		this.viewers = viewers;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		if (input.getGraphQLContext().get(Viewer.KEY) == null) {
			input.getGraphQLContext().put(Viewer.KEY, this.viewers.of(Caller.current()));
		}
		return input;
	}

}
