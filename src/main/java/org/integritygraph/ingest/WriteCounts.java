package org.integritygraph.ingest;

/** What one or more committed batches changed in the graph. */
record WriteCounts(int nodesCreated, int nodesUpdated, int relationshipsCreated, int relationshipsUpdated) {

	static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0);

	WriteCounts plus(WriteCounts other) {
		return new WriteCounts(this.nodesCreated + other.nodesCreated, this.nodesUpdated + other.nodesUpdated,
				this.relationshipsCreated + other.relationshipsCreated,
				this.relationshipsUpdated + other.relationshipsUpdated);
	}

}
