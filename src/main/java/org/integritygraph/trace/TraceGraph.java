package org.integritygraph.trace;

import java.util.List;

/** Every node and edge a trace mentions, so a portal can draw it without a second request. */
public record TraceGraph(List<TraceNode> nodes, List<TraceEdge> edges) {

	public static final TraceGraph EMPTY = new TraceGraph(List.of(), List.of());

}
