package org.integritygraph.api;

import org.integritygraph.graph.Direction;

/** Arguments of {@code contracts(orderBy:)}. */
record ContractOrder(Field field, Direction direction) {

	enum Field {

		SIGNED_ON("signedOn"), VALUE("value"), TITLE("title");

		final String property;

		Field(String property) {
			this.property = property;
		}

	}

}
