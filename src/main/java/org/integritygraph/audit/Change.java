package org.integritygraph.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change to one node or relationship, as the audit trail records it: its properties before (none for
 * a creation) and after. Nothing is ever deleted, so there are two operations only.
 *
 * @param operation created or updated
 * @param target a node or a relationship
 * @param type the node's label or the relationship's type
 * @param entityId the node's id (null for a relationship)
 * @param startId the id of the relationship's start node (null for a node)
 * @param endId the id of the relationship's end node (null for a node)
 * @param before the properties before (null for a creation)
 * @param after the properties after
 */
public record Change(Operation operation, Target target, String type, String entityId, String startId, String endId,
		Map<String, Object> before, Map<String, Object> after) {

	/** What happened to the node or relationship. */
	public enum Operation {

		CREATED,

		UPDATED

	}

	/** What changed. */
	public enum Target {

		NODE,

		RELATIONSHIP

	}

	public static Change nodeCreated(String label, String id, Map<String, Object> after) {
		return new Change(Operation.CREATED, Target.NODE, label, id, null, null, null, after);
	}

	public static Change nodeUpdated(String label, String id, Map<String, Object> before, Map<String, Object> after) {
		return new Change(Operation.UPDATED, Target.NODE, label, id, null, null, before, after);
	}

	public static Change relationshipCreated(String type, String startId, String endId, Map<String, Object> after) {
		return new Change(Operation.CREATED, Target.RELATIONSHIP, type, null, startId, endId, null, after);
	}

	public static Change relationshipUpdated(String type, String startId, String endId, Map<String, Object> before,
			Map<String, Object> after) {
		return new Change(Operation.UPDATED, Target.RELATIONSHIP, type, null, startId, endId, before, after);
	}

	/** The names of the properties whose value differs between before and after, in a stable order. */
	public List<String> changedProperties() {
		var names = new LinkedHashSet<String>();
		if (this.before != null) {
			names.addAll(this.before.keySet());
		}
		names.addAll(this.after.keySet());
		var changed = new ArrayList<String>();
		for (var name : names) {
			var old = (this.before != null) ? this.before.get(name) : null;
			if (!Objects.equals(old, this.after.get(name))) {
				changed.add(name);
			}
		}
		changed.sort(null);
		return changed;
	}

}
