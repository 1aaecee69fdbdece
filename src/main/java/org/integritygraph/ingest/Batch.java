package org.integritygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;

/** The lines written in one transaction. */
record Batch(List<NodeLine> nodes, List<RelationshipLine> relationships) {

	/**
	 * Cuts a file into batches of at most {@code size} lines. All node lines come before all
	 * relationship lines, so a relationship may name a node declared anywhere in the file.
	 */
	static List<Batch> of(ParsedFile file, int size) {
		var lines = Stream.concat(file.nodes().stream(), file.relationships().stream()).toList();
		var batches = new ArrayList<Batch>();
		for (int from = 0; from < lines.size(); from += size) {
			batches.add(of(lines.subList(from, Math.min(lines.size(), from + size))));
		}
		return batches;
	}

	private static Batch of(List<? extends ImportLine> lines) {
		var nodes = new ArrayList<NodeLine>();
		var relationships = new ArrayList<RelationshipLine>();
		for (var line : lines) {
			switch (line) {
				case NodeLine node -> nodes.add(node);
				case RelationshipLine relationship -> relationships.add(relationship);
			}
		}
		return new Batch(nodes, relationships);
	}

}
