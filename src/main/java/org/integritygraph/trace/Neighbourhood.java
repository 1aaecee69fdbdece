package org.integritygraph.trace;

import java.util.List;

/**
 * 关系网络: an entity's links per relationship type (paged), and a drawing of everything within
 * {@code depth} hops, at most a page of links per type at every node and {@link TraceLimits#GRAPH_EDGES}
 * edges in all ({@code truncated} when cut).
 */
public record Neighbourhood(Object centre, int depth, List<NeighbourGroup> groups, boolean truncated,
		TraceGraph graph) {
}
