package org.integritygraph.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.integritygraph.graph.Viewer;
import org.integritygraph.model.Visibility;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The read model of an {@code :AuditChange} with its entry: one node or relationship created or updated,
 * with its properties before and after ({@link AuditJson visible} ones, as JSON values).
 */
public record RecordedChange(AuditEntry entry, int index, String operation, String target, String type,
		String entityId, String startId, String endId, Map<String, Object> before, Map<String, Object> after,
		List<String> changedProperties) {

	/**
	 * A row with the entry {@code e}, the change {@code c} and its state {@code before}, with its state
	 * {@code after} (as recorded, or derived for a creation the bulk load recorded without it).
	 */
	static RecordedChange of(Record row, Value after) {
		var change = row.get("c");
		var type = change.get("type").asString();
		return new RecordedChange(AuditEntry.of(row.get("e")), change.get("index").asInt(),
				change.get("operation").asString(), change.get("target").asString(), type, text(change, "entityId"),
				text(change, "startId"), text(change, "endId"), AuditJson.visible(type, row.get("before")),
				AuditJson.visible(type, after), changed(change, after));
	}

	/**
	 * The names of the properties the change set: as recorded, or for a creation recorded without them (by the
	 * bulk load), those of its state after, which holds no null.
	 */
	private static List<String> changed(Value change, Value after) {
		var changed = change.get("changed");
		if (!changed.isNull()) {
			return changed.asList(Value::asString);
		}
		if (after == null || after.isNull()) {
			return List.of();
		}
		var names = new ArrayList<String>();
		after.keys().forEach(names::add);
		names.sort(null);
		return names;
	}

	/**
	 * The change as {@code viewer} may read it: whole for a viewer who sees everything; for the public, only
	 * the properties the model declares public ({@link Visibility#isPublic(org.integritygraph.model.Property)})
	 * and its entry without who, why or how ({@link AuditEntry#forPublic()}). Which changes the public may read
	 * at all is decided by the query ({@link AuditLog}).
	 */
	RecordedChange as(Viewer viewer) {
		if (viewer.seesEverything()) {
			return this;
		}
		return new RecordedChange(this.entry.forPublic(), this.index, this.operation, this.target, this.type,
				this.entityId, this.startId, this.endId, AuditJson.publicOnly(this.type, this.before),
				AuditJson.publicOnly(this.type, this.after), this.changedProperties.stream()
					.filter(name -> AuditJson.isPublic(this.type, name))
					.toList());
	}

	private static String text(Value node, String key) {
		var value = node.get(key);
		return value.isNull() ? null : value.asString();
	}

}
