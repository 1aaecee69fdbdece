package org.integritygraph.ingest;

import java.util.List;

/**
 * What an import did. When {@link #errors()} is not empty, the file was rejected: nothing of the
 * failing batch was written, and the counts are those of the batches written before it (none
 * when the file failed validation).
 *
 * @param linesRead the lines of the file, blank ones included
 * @param nodesCreated nodes that did not exist before
 * @param nodesUpdated existing nodes whose properties changed
 * @param relationshipsCreated relationships that did not exist before
 * @param relationshipsUpdated existing relationships whose properties changed
 * @param errors the rejected lines, in file order
 */
public record ImportResult(int linesRead, int nodesCreated, int nodesUpdated, int relationshipsCreated,
		int relationshipsUpdated, List<ImportError> errors) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

	static ImportResult of(int linesRead, WriteCounts written, List<ImportError> errors) {
		return new ImportResult(linesRead, written.nodesCreated(), written.nodesUpdated(),
				written.relationshipsCreated(), written.relationshipsUpdated(), errors);
	}

	public boolean succeeded() {
		return this.errors.isEmpty();
	}

	/** One line for logs and the command's output. */
	public String summary() {
		var counts = "%d lines read; nodes: %d created, %d updated; relationships: %d created, %d updated".formatted(
				this.linesRead, this.nodesCreated, this.nodesUpdated, this.relationshipsCreated,
				this.relationshipsUpdated);
		return succeeded() ? counts : "rejected with %d error(s); %s".formatted(this.errors.size(), counts);
	}

}
