package org.integritygraph.ingest;

import java.util.List;

import org.integritygraph.audit.Change;
import org.neo4j.driver.TransactionContext;

/**
 * What an importer changes besides the lines it imports, in the write transaction of the last batch and
 * recorded in that batch's audit entry: e.g. the tasks a new version of a policy document no longer has,
 * withdrawn (never deleted).
 */
public interface FollowUp {

	/** Runs after the lines of the last batch are written; answers what it created or changed. */
	List<Change> apply(TransactionContext tx);

	/** Why, as the audit entry says when the follow-up changed something (null: no reason). */
	String reason();

}
