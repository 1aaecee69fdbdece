package org.integritygraph.api;

import org.integritygraph.graph.Direction;

/** Arguments of {@code persons(orderBy:)}. */
record PersonOrder(Field field, Direction direction) {

	enum Field {

		NAME

	}

}
