package org.integritygraph.edit;

import java.util.List;

/**
 * How an edit ended: what it answers ({@code name=node:id} / {@code name[]=rel:elementId} pairs), its errors
 * (none when it was applied), the number of its audit entry (null when it changed nothing), and whether it was
 * a retry of an edit applied before with the same idempotency key.
 */
record Outcome(List<String> results, List<UserError> errors, Long sequence, boolean replayed) {

	static Outcome rejected(List<UserError> errors) {
		return new Outcome(List.of(), errors, null, false);
	}

}
