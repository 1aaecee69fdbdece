package org.integritygraph.ingest;

import java.util.List;
import java.util.Map;

import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;

/**
 * Consecutive lines of an import file, written in one transaction: its valid node and relationship lines
 * (repeated lines for one node or relationship already merged), and where it ends in the file.
 *
 * @param nodes one line per node id, in the order first declared
 * @param relationships one line per relationship identity, in the order first given
 * @param declaredOn the line on which each node of the batch is first declared
 * @param lastLine the number of the batch's last line
 * @param end the byte offset after the batch's last line
 * @param checksum the CRC-32C of the file up to {@code end}
 * @param valid whether every line of the batch was valid (an invalid batch is never written)
 */
record Batch(List<NodeLine> nodes, List<RelationshipLine> relationships, Map<String, Integer> declaredOn,
		int lastLine, long end, long checksum, boolean valid) {

	/** The number of node and relationship lines, after merging repeated ones. */
	int size() {
		return this.nodes.size() + this.relationships.size();
	}

}
