package org.integritygraph.ingest;

import org.neo4j.driver.TransactionContext;

/**
 * Called inside each batch's write transaction with what the batch created and changed, before it
 * commits: what it writes with {@code tx} commits (or rolls back) with the batch, e.g. an audit entry.
 * Throwing rolls the batch back and fails the import.
 */
@FunctionalInterface
public interface ChangeRecorder {

	/** Records nothing. */
	ChangeRecorder NONE = (tx, changes) -> {
	};

	void record(TransactionContext tx, BatchChanges changes);

}
