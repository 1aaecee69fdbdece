package org.integritygraph.api;

import org.integritygraph.graph.Direction;

/** Arguments of {@code records(orderBy:)}. */
record RecordOrder(Field field, Direction direction) {

	enum Field {

		DECIDED_ON, SEVERITY

	}

}
