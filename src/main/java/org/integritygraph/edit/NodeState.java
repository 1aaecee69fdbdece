package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.Map;

import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;

/** A node as an edit read or wrote it: its label and all its properties ({@code id} and {@code version} too). */
record NodeState(String id, Label label, Map<String, Object> properties) {

	long version() {
		return (this.properties.get(GraphModel.VERSION) instanceof Number n) ? n.longValue() : 0;
	}

	String text(String name) {
		return (String) this.properties.get(name);
	}

	LocalDate date(String name) {
		return (LocalDate) this.properties.get(name);
	}

	/** How an error message names it: its name or title, and its id. */
	String describe() {
		var name = this.properties.getOrDefault("name", this.properties.get("title"));
		return (name != null) ? "%s %s \"%s\"".formatted(this.label, this.id, name) : this.label + " " + this.id;
	}

}
