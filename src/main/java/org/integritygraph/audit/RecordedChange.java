package org.integritygraph.audit;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The read model of an {@code :AuditChange} with its entry: one node or relationship created or updated,
 * with its properties before and after ({@link AuditJson visible} ones, as JSON values).
 */
public record RecordedChange(AuditEntry entry, int index, String operation, String target, String type,
		String entityId, String startId, String endId, Map<String, Object> before, Map<String, Object> after,
		List<String> changedProperties) {

	/** A row with the entry {@code e}, the change {@code c} and the states {@code before} and {@code after}. */
	static RecordedChange of(Record row) {
		var change = row.get("c");
		var type = change.get("type").asString();
		return new RecordedChange(AuditEntry.of(row.get("e")), change.get("index").asInt(),
				change.get("operation").asString(), change.get("target").asString(), type, text(change, "entityId"),
				text(change, "startId"), text(change, "endId"), AuditJson.visible(type, row.get("before")),
				AuditJson.visible(type, row.get("after")), change.get("changed").asList(Value::asString));
	}

	private static String text(Value node, String key) {
		var value = node.get(key);
		return value.isNull() ? null : value.asString();
	}

}
