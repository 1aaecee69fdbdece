package org.integritygraph.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A relationship type of the model: the labels it connects, its properties, the properties that identify
 * one relationship among those between the same two nodes (its keys), whether it is valid over a dated
 * interval {@code [from, to)}, and the GraphQL fields that follow it in both directions.
 */
public final class Relationship {

	/** Whether and how a relationship is valid over an interval. */
	public enum Interval {

		/** Always valid. */
		NONE,

		/** Valid over its own {@code [from, to)}; a missing {@code from} means since ever. */
		OWN,

		/** Valid over its own {@code [from, to)}, each defaulting to the start node's (a phase's). */
		OWN_OR_START_NODE

	}

	/**
	 * Which relationships of a dated type must not overlap in time: those that share the start node, the end
	 * node or both, and the values of their keys other than {@code from} (a phase's responsibilities are
	 * exclusive per post and role). At most one of such a group is valid on any date.
	 */
	public enum Exclusive {

		/** Any number may be valid at once. */
		NONE,

		/** One at a time per start node: a body is part of one body at a time. */
		PER_START,

		/** One at a time per end node: a post has one holder at a time. */
		PER_END,

		/** One at a time per pair of nodes. */
		PER_PAIR

	}

	/** One allowed combination of start and end labels. */
	public record Endpoints(Set<Label> start, Set<Label> end) {

		public boolean allow(Label start, Label end) {
			return this.start.contains(start) && this.end.contains(end);
		}

		@Override
		public String toString() {
			var anyStart = this.start.size() == GraphModel.labels().size();
			return (anyStart ? "any" : join(this.start)) + " → " + join(this.end);
		}

		private static String join(Set<Label> labels) {
			return GraphModel.labels()
				.stream()
				.filter(labels::contains)
				.map(Label::name)
				.collect(Collectors.joining("|"));
		}

	}

	private final String type;

	private final String chinese;

	private final List<Endpoints> endpoints;

	private final List<String> keys;

	private final Map<String, Property> properties;

	private final Interval interval;

	private final List<RelationshipField> fields = new ArrayList<>();

	private final Exclusive exclusive;

	private final String managedBy;

	Relationship(String type, String chinese, List<Endpoints> endpoints, List<String> keys, Interval interval,
			Exclusive exclusive, String managedBy, Property... properties) {
		this.type = type;
		this.chinese = chinese;
		this.endpoints = List.copyOf(endpoints);
		this.keys = List.copyOf(keys);
		this.interval = interval;
		this.exclusive = exclusive;
		this.managedBy = managedBy;
		this.properties = Property.byName(properties);
		keys.forEach(key -> property(key).orElseThrow(() -> new IllegalStateException(type + " key " + key)));
		if (exclusive != Exclusive.NONE && interval == Interval.NONE) {
			throw new IllegalStateException(type + " is exclusive in time but not dated");
		}
	}

	/** The type as written in the graph, the import format and the API. */
	public String type() {
		return this.type;
	}

	public String chinese() {
		return this.chinese;
	}

	public List<Endpoints> endpoints() {
		return this.endpoints;
	}

	/** The names of the properties that, with type, start and end, identify a relationship. */
	public List<String> keys() {
		return this.keys;
	}

	public Interval interval() {
		return this.interval;
	}

	public boolean dated() {
		return this.interval != Interval.NONE;
	}

	/** Which relationships of this type must not overlap in time. */
	public Exclusive exclusive() {
		return this.exclusive;
	}

	/**
	 * The domain operation that alone creates and changes relationships of this type (a reorganisation's
	 * succession, a lifecycle's events), if the plain create and update of the editing API may not.
	 */
	public Optional<String> managedBy() {
		return Optional.ofNullable(this.managedBy);
	}

	public boolean allows(Label start, Label end) {
		return this.endpoints.stream().anyMatch(endpoints -> endpoints.allow(start, end));
	}

	/**
	 * The labels a relationship of this type can reach from a node of label {@code from}: its end labels when
	 * {@code outgoing}, else its start labels; in the model's order.
	 */
	public List<Label> reachable(Label from, boolean outgoing) {
		var found = this.endpoints.stream()
			.filter(endpoints -> (outgoing ? endpoints.start() : endpoints.end()).contains(from))
			.flatMap(endpoints -> (outgoing ? endpoints.end() : endpoints.start()).stream())
			.collect(Collectors.toSet());
		return GraphModel.labels().stream().filter(found::contains).toList();
	}

	public Optional<Property> property(String name) {
		return Optional.ofNullable(this.properties.get(name));
	}

	public List<Property> properties() {
		return List.copyOf(this.properties.values());
	}

	/** The GraphQL fields that follow this relationship. */
	public List<RelationshipField> fields() {
		return List.copyOf(this.fields);
	}

	@Override
	public String toString() {
		return this.type;
	}

	static Builder named(String type, String chinese) {
		return new Builder(type, chinese);
	}

	/** Declares a relationship type and its fields; see {@link GraphModel}. */
	static final class Builder {

		private final String type;

		private final String chinese;

		private final List<Endpoints> endpoints = new ArrayList<>();

		private List<String> keys = List.of();

		private Property[] properties = {};

		private Interval interval = Interval.NONE;

		private Exclusive exclusive = Exclusive.NONE;

		private String managedBy;

		private final List<FieldBuilder> fields = new ArrayList<>();

		private Builder(String type, String chinese) {
			this.type = type;
			this.chinese = chinese;
		}

		Builder from(Label... start) {
			this.endpoints.add(new Endpoints(Set.of(start), Set.of()));
			return this;
		}

		Builder to(Label... end) {
			var last = this.endpoints.removeLast();
			this.endpoints.add(new Endpoints(last.start(), Set.of(end)));
			return this;
		}

		Builder fromAnyLabel() {
			this.endpoints.add(new Endpoints(Set.copyOf(GraphModel.labels()), Set.of()));
			return this;
		}

		Builder properties(Property... properties) {
			this.properties = properties;
			return this;
		}

		Builder keys(String... keys) {
			this.keys = List.of(keys);
			return this;
		}

		Builder dated(Interval interval) {
			this.interval = interval;
			return this;
		}

		Builder exclusive(Exclusive exclusive) {
			this.exclusive = exclusive;
			return this;
		}

		Builder managedBy(String operation) {
			this.managedBy = operation;
			return this;
		}

		/** A field on {@code owner}, the start of the relationship. */
		FieldBuilder out(Label owner, String name) {
			var field = new FieldBuilder(this, owner, true, name);
			this.fields.add(field);
			return field;
		}

		/** A field on {@code owner}, the end of the relationship. */
		FieldBuilder in(Label owner, String name) {
			var field = new FieldBuilder(this, owner, false, name);
			this.fields.add(field);
			return field;
		}

		Relationship build() {
			var relationship = new Relationship(this.type, this.chinese, this.endpoints, this.keys, this.interval,
					this.exclusive, this.managedBy, this.properties);
			this.fields.forEach(field -> relationship.fields.add(field.build(relationship)));
			return relationship;
		}

	}

	/** Declares one field of a relationship. */
	static final class FieldBuilder {

		private final Builder relationship;

		private final Label owner;

		private final boolean outgoing;

		private final String name;

		private boolean many = true;

		private LinkType link;

		private boolean at;

		private Label[] only = {};

		private String union;

		private String[] order = { "other.id" };

		private boolean handWritten;

		private FieldBuilder(Builder relationship, Label owner, boolean outgoing, String name) {
			this.relationship = relationship;
			this.owner = owner;
			this.outgoing = outgoing;
			this.name = name;
		}

		FieldBuilder one() {
			this.many = false;
			return this;
		}

		FieldBuilder link(LinkType link) {
			this.link = link;
			return this;
		}

		FieldBuilder at() {
			this.at = true;
			return this;
		}

		FieldBuilder only(Label... labels) {
			this.only = labels;
			return this;
		}

		FieldBuilder union(String union) {
			this.union = union;
			return this;
		}

		FieldBuilder order(String... order) {
			this.order = order;
			return this;
		}

		FieldBuilder handWritten() {
			this.handWritten = true;
			return this;
		}

		/** Back to the relationship, for its next field. */
		FieldBuilder out(Label owner, String name) {
			return this.relationship.out(owner, name);
		}

		FieldBuilder in(Label owner, String name) {
			return this.relationship.in(owner, name);
		}

		Relationship build() {
			return this.relationship.build();
		}

		RelationshipField build(Relationship built) {
			var reachable = built.reachable(this.owner, this.outgoing);
			if (reachable.isEmpty() || !reachable.containsAll(Arrays.asList(this.only))) {
				throw new IllegalStateException("%s.%s cannot follow %s".formatted(this.owner, this.name, built));
			}
			var others = (this.only.length > 0) ? Arrays.asList(this.only) : reachable;
			return new RelationshipField(built, this.owner, this.outgoing, this.name, this.many, this.link, this.at,
					List.copyOf(others), this.union, List.of(this.order), this.handWritten);
		}

	}

}
