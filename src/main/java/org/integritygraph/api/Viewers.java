package org.integritygraph.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;
import org.integritygraph.graph.Viewer;

/**
 * The viewer of the request a field or a batch loader runs for, as the security layer put it into the
 * GraphQL context ({@link Viewer#KEY}). A request without one is a bug and fails rather than read as anybody.
 */
final class Viewers {

	private Viewers() {
	}

	static Viewer of(DataFetchingEnvironment env) {
		return of(env.getGraphQlContext());
	}

	static Viewer of(BatchLoaderEnvironment env) {
		return of((GraphQLContext) env.getContext());
	}

	private static Viewer of(GraphQLContext context) {
		Viewer viewer = (context != null) ? context.get(Viewer.KEY) : null;
		if (viewer == null) {
			throw new IllegalStateException("No viewer in the GraphQL context");
		}
		return viewer;
	}

}
