package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.Map;

import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Relationship;

/**
 * A relationship as an edit read or wrote it.
 *
 * @param elementId the database's id of the relationship, valid within the transaction and after (nothing
 *        is deleted); never shown to clients
 * @param type its type
 * @param startId the id of its start node
 * @param endId the id of its end node
 * @param properties all its properties
 */
record RelState(String elementId, Relationship type, String startId, String endId, Map<String, Object> properties) {

	long version() {
		return (this.properties.get(GraphModel.VERSION) instanceof Number n) ? n.longValue() : 0;
	}

	LocalDate date(String name) {
		return (LocalDate) this.properties.get(name);
	}

	/** How an error message names it, e.g. {@code HELD pe-a → po-b from 2020-01-01}. */
	String describe() {
		var text = new StringBuilder(this.type.type()).append(' ')
			.append(this.startId)
			.append(" → ")
			.append(this.endId);
		if (this.properties.get("from") != null) {
			text.append(" from ").append(this.properties.get("from"));
		}
		if (this.properties.get("to") != null) {
			text.append(" to ").append(this.properties.get("to"));
		}
		return text.toString();
	}

}
