package org.integritygraph.ingest;

import java.util.List;
import java.util.Map;

import org.integritygraph.model.Label;
import org.integritygraph.model.Relationship;

/**
 * What one batch of an import created and changed, known inside its write transaction: enough for an
 * audit entry written in the same transaction. Unchanged nodes and relationships (a line that repeats
 * what the graph holds) are not listed.
 *
 * @param source the input the batch came from, as named to the importer
 * @param firstLine the number of the batch's first line
 * @param lastLine the number of its last line
 * @param nodes the nodes created or changed
 * @param relationships the relationships created or changed
 */
public record BatchChanges(String source, int firstLine, int lastLine, List<NodeChange> nodes,
		List<RelationshipChange> relationships) {

	public BatchChanges {
		nodes = List.copyOf(nodes);
		relationships = List.copyOf(relationships);
	}

	/**
	 * A node created or changed.
	 *
	 * @param label its label
	 * @param id its id
	 * @param line the line that set it
	 * @param before its properties before the batch; null when the batch created it
	 */
	public record NodeChange(Label label, String id, int line, Map<String, Object> before) {

		public boolean created() {
			return this.before == null;
		}

	}

	/**
	 * A relationship created or changed.
	 *
	 * @param type its type
	 * @param start the id of its start node
	 * @param end the id of its end node
	 * @param line the line that set it
	 * @param before its properties before the batch; null when the batch created it
	 */
	public record RelationshipChange(Relationship type, String start, String end, int line,
			Map<String, Object> before) {

		public boolean created() {
			return this.before == null;
		}

	}

	WriteCounts counts() {
		int nodesCreated = (int) this.nodes.stream().filter(NodeChange::created).count();
		int relationshipsCreated = (int) this.relationships.stream().filter(RelationshipChange::created).count();
		return new WriteCounts(nodesCreated, this.nodes.size() - nodesCreated, relationshipsCreated,
				this.relationships.size() - relationshipsCreated);
	}

}
