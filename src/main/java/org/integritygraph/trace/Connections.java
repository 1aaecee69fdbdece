package org.integritygraph.trace;

import java.util.List;

/**
 * 关联路径: the shortest paths (at most {@code maxHops} long) between two entities; empty when they are
 * not connected within that many hops. {@code from} and {@code to} are read models of the two entities
 * (Body, Person, Company ...).
 */
public record Connections(Object from, Object to, int maxHops, List<TracePath> paths, boolean truncated,
		TraceGraph graph) {
}
