package org.integritygraph.api;

import org.integritygraph.graph.Direction;

/** Arguments of {@code projects(orderBy:)}. */
record ProjectOrder(Field field, Direction direction) {

	enum Field {

		NAME("name"), BUDGET("budget"), STARTED_ON("startedOn");

		final String property;

		Field(String property) {
			this.property = property;
		}

	}

}
