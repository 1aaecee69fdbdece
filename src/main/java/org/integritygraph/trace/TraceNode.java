package org.integritygraph.trace;

/**
 * A node of a trace's drawing: its id, its label ({@code Body}, {@code Person}, {@code Post}, ...)
 * and a display name (name, title, 文号 or stage, whichever the label has).
 */
public record TraceNode(String id, String label, String name) {
}
