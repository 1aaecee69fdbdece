package org.integritygraph.trace;

import java.util.List;

/** One path: its nodes in order and the edges between them ({@code edges[i]} joins nodes i and i+1). */
public record TracePath(int length, List<TraceNode> nodes, List<TraceEdge> edges) {
}
