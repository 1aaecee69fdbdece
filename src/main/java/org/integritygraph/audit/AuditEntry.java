package org.integritygraph.audit;

import java.time.OffsetDateTime;

import org.neo4j.driver.Value;

/**
 * The read model of an {@code :AuditEntry}: one committed transaction that changed the graph.
 *
 * @param sequence its place in commit order
 * @param at when it was recorded
 * @param actor who (principal or command); null for the public
 * @param channel API, IMPORT or COMMAND
 * @param operation the mutation or command
 * @param reason why; null for the public
 * @param requestId the request's id
 * @param source the file a command or import read
 * @param idempotencyKey the client's key
 * @param changeCount how many changes it holds; null for the public
 */
public record AuditEntry(long sequence, OffsetDateTime at, String actor, String channel, String operation,
		String reason, String requestId, String source, String idempotencyKey, Long changeCount) {

	static AuditEntry of(Value node) {
		return new AuditEntry(node.get("sequence").asLong(), node.get("at").asOffsetDateTime(),
				node.get("actor").asString(), node.get("channel").asString(), node.get("operation").asString(),
				text(node, "reason"), text(node, "requestId"), text(node, "source"), text(node, "idempotencyKey"),
				node.get("changeCount").asLong(0));
	}

	/**
	 * The entry as the public reads it: when, in which order, through which channel and operation; not who,
	 * why, from which request or file, nor how many changes it made (hidden ones included).
	 */
	AuditEntry forPublic() {
		return new AuditEntry(this.sequence, this.at, null, this.channel, this.operation, null, null, null, null,
				null);
	}

	private static String text(Value node, String key) {
		var value = node.get(key);
		return value.isNull() ? null : value.asString();
	}

}
