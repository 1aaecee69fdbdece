package org.integritygraph.api;

import org.integritygraph.graph.Direction;

/** Arguments of {@code commitments(orderBy:)}. */
record CommitmentOrder(Field field, Direction direction) {

	enum Field {

		DUE_ON("dueOn"), MADE_ON("madeOn"), AMOUNT("amount");

		final String property;

		Field(String property) {
			this.property = property;
		}

	}

}
