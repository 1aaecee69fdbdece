package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;

/**
 * The events of a record or commitment: reads the dates of its events so far and appends the next one
 * ({@code HAS_EVENT}), numbered after the subject ({@code rc-x} → {@code rc-x-e3}).
 */
final class Lifecycle {

	private static final String EVENTS = """
			MATCH (:Entity {id: $id})-[:HAS_EVENT]->(e)
			RETURN count(e) AS count, max(e.on) AS last, collect(coalesce(e.kind, e.status)) AS kinds
			""";

	private Lifecycle() {
	}

	/** What the subject's events say so far. */
	record Events(long count, LocalDate last, java.util.List<String> kinds) {
	}

	static Events events(Edit edit, String subjectId) {
		var row = edit.query(EVENTS, Map.of("id", subjectId)).getFirst();
		var last = row.get("last");
		return new Events(row.get("count").asLong(), last.isNull() ? null : last.asLocalDate(),
				row.get("kinds").asList(org.neo4j.driver.Value::asString));
	}

	/**
	 * Errors unless {@code on} is not after today, not before {@code earliest} (the subject's own date) and not
	 * before its last event.
	 */
	static void checkDate(Edit edit, LocalDate on, LocalDate earliest, String earliestName, Events events) {
		edit.checkNotFuture(on, "input", "on");
		if (earliest != null && on.isBefore(earliest)) {
			edit.error(UserErrorCode.DATE_ORDER, "%s is before the %s %s.".formatted(on, earliestName, earliest),
					"input", "on");
		}
		else if (events.last() != null && on.isBefore(events.last())) {
			edit.error(UserErrorCode.DATE_ORDER, "%s is before the last event (%s): events are recorded in order."
				.formatted(on, events.last()), "input", "on");
		}
	}

	/** Appends an event node of {@code label} with {@code values} to the subject. */
	static NodeState append(Edit edit, NodeState subject, Label label, Events events, Map<String, Object> values) {
		var properties = new HashMap<>(values);
		var id = subject.id() + "-e" + (events.count() + 1);
		var event = ModelEdits.createNode(edit, label, id, properties, "input");
		ModelEdits.createRelationship(edit, GraphModel.HAS_EVENT, subject.id(), event.id(), Map.of(), "input");
		return event;
	}

}
