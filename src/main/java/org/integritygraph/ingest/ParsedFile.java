package org.integritygraph.ingest;

import java.util.List;

import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;

/** An import file after validation: its valid lines and the errors of the others. */
record ParsedFile(int linesRead, List<NodeLine> nodes, List<RelationshipLine> relationships,
		List<ImportError> errors) {

	ParsedFile {
		nodes = List.copyOf(nodes);
		relationships = List.copyOf(relationships);
		errors = List.copyOf(errors);
	}

}
