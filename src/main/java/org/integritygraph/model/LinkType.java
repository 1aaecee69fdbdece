package org.integritygraph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphQL object type that shows one relationship with its properties, e.g. {@code Tenure} for
 * {@code HELD}: its fields are the ends of the relationship and the relationship's properties.
 *
 * @param name the GraphQL type
 * @param ends its fields that are an end of the relationship, by field name
 * @param properties its fields that are properties of the relationship (dated relationships also have
 *        the effective {@code from} and {@code to})
 */
public record LinkType(String name, Map<String, End> ends, List<String> properties) {

	/** Which end of the relationship a field shows. */
	public enum Side {

		/** The start node. */
		START,

		/** The end node. */
		END,

		/** The node at the other end from the one the field was asked on. */
		OTHER

	}

	/**
	 * An end field: the side, and the labels it shows (others give null), empty for any.
	 */
	public record End(Side side, List<Label> labels) {

		public boolean shows(Label label) {
			return this.labels.isEmpty() || this.labels.contains(label);
		}

	}

	static Builder named(String name) {
		return new Builder(name);
	}

	static final class Builder {

		private final String name;

		private final Map<String, End> ends = new LinkedHashMap<>();

		private Builder(String name) {
			this.name = name;
		}

		Builder end(String field, Side side, Label... labels) {
			this.ends.put(field, new End(side, List.of(labels)));
			return this;
		}

		LinkType properties(String... properties) {
			return new LinkType(this.name, Map.copyOf(this.ends), List.of(properties));
		}

	}

}
