package org.integritygraph.edit;

/**
 * One mutation as the audit trail records it.
 *
 * @param name the mutation, e.g. {@code fileObjection}
 * @param reason why, as the editor gave it
 * @param reasonRequired whether a reason must be given (the domain operations)
 * @param idempotencyKey the client's key, or null
 */
record Operation(String name, String reason, boolean reasonRequired, String idempotencyKey) {
}
