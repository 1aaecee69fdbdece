package org.integritygraph.trace;

/** A node next to the centre of a neighbourhood, and the edge that joins them. */
public record Neighbour(TraceNode node, TraceEdge edge) {
}
