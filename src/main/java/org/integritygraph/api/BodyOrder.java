package org.integritygraph.api;

/** Arguments of {@code bodies(orderBy:)}. */
record BodyOrder(Field field, org.integritygraph.graph.Direction direction) {

	enum Field {

		NAME("name"), DIVISION_CODE("divisionCode"), ESTABLISHED_ON("establishedOn");

		final String property;

		Field(String property) {
			this.property = property;
		}

	}

}
