package org.integritygraph.ingest;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One allowed combination of start and end labels of a relationship type. */
record Endpoints(Set<NodeLabel> start, Set<NodeLabel> end) {

	static Endpoints between(NodeLabel start, NodeLabel end) {
		return new Endpoints(EnumSet.of(start), EnumSet.of(end));
	}

	static Endpoints between(Set<NodeLabel> start, Set<NodeLabel> end) {
		return new Endpoints(EnumSet.copyOf(start), EnumSet.copyOf(end));
	}

	static Endpoints fromAnyTo(NodeLabel end) {
		return new Endpoints(EnumSet.allOf(NodeLabel.class), EnumSet.of(end));
	}

	boolean allow(NodeLabel start, NodeLabel end) {
		return this.start.contains(start) && this.end.contains(end);
	}

	@Override
	public String toString() {
		var anyStart = this.start.size() == NodeLabel.values().length;
		return (anyStart ? "any" : join(this.start)) + " → " + join(this.end);
	}

	private static String join(Set<NodeLabel> labels) {
		return labels.stream().map(NodeLabel::label).collect(Collectors.joining("|"));
	}

}
