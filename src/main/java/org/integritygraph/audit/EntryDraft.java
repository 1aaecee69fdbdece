package org.integritygraph.audit;

import java.util.List;

import org.integritygraph.security.Actor;

/**
 * What the audit trail records about one transaction besides its changes.
 *
 * @param actor who, through which channel, from which file or request
 * @param operation the mutation or command, e.g. {@code fileObjection}, {@code import}
 * @param reason why (required for the domain operations)
 * @param idempotencyKey the client's key that makes a retried mutation apply once, or null
 * @param results what the operation answered, as {@code name=id} pairs, so that a retry answers the same
 */
public record EntryDraft(Actor actor, String operation, String reason, String idempotencyKey, List<String> results) {

	public static EntryDraft of(Actor actor, String operation) {
		return new EntryDraft(actor, operation, null, null, List.of());
	}

}
