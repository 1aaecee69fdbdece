package org.integritygraph.graph;

import java.util.List;

/**
 * A Relay connection: one page of nodes with their cursors, the page state and the total number
 * of matches ({@code totalCount} is null when the request did not select it, so it was not counted).
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
