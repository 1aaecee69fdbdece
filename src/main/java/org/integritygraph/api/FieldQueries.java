package org.integritygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Relationship.Interval;
import org.integritygraph.model.RelationshipField;
import org.integritygraph.model.Visibility;

/**
 * The Cypher of a relationship field, derived from its declaration: the rows of every owner in
 * {@code $ids} (and, for a field taking {@code at}, valid on {@code $at}), each with the owner's id as
 * {@code key}, the node at the other end (or the properties of it that are read) as {@code node} and, for a
 * field whose values are links (which show them), the relationship's properties and, for a dated
 * relationship, its effective {@code from} and {@code to}. Labels and types come from the declaration only.
 * The other end is kept only when the viewer may see it ({@link Visibility}), and only what is in force
 * (not withdrawn).
 */
final class FieldQueries {

	private FieldQueries() {
	}

	static String cypher(RelationshipField field) {
		return cypher(field, false);
	}

	/**
	 * The field's Cypher reading only the properties the parameter {@code projected} names of the other end
	 * ({@link Entities#projection}), or the whole node.
	 */
	static String cypher(RelationshipField field, boolean projected) {
		var cypher = new StringBuilder()
			.append("MATCH (owner:").append(field.owner().name()).append(')').append(pattern(field)).append('\n')
			.append("WHERE owner.id IN $ids");
		conditions(field).forEach(condition -> cypher.append(" AND ").append(condition));
		cypher.append('\n');
		dated(cypher, field, "at");
		cypher.append("RETURN owner.id AS key, ").append(Entities.projection("other", projected)).append(" AS node");
		if (field.link() != null) {
			cypher.append(", properties(rel) AS properties").append(field.relationship().dated() ? ", from, to" : "");
		}
		cypher.append('\n');
		return cypher.append("ORDER BY ").append(String.join(", ", field.order())).toString();
	}

	/** The variable a {@link #nested} subquery's parent is bound to for the subqueries below it. */
	static final String NESTED_PARENT = "parent";

	/**
	 * The field's rows for the one owner {@code parent}, the body of a {@code CALL} subquery inside a query that
	 * bound it (the look-ahead of a list, {@link RelationshipFields#lookAhead}): the same match, conditions and
	 * order as {@link #cypher}, the rows collected into the list {@code column} of maps with the other end
	 * ({@code node}, every property or those of the parameter {@code projected}), for a link the relationship's
	 * {@code properties}, {@code from} and {@code to} when dated, and the columns of the {@code nested} subqueries
	 * run for each other end (bound as {@value #NESTED_PARENT}). A field taking {@code at} reads it from the
	 * parameter {@code at}.
	 */
	static String nested(RelationshipField field, String parent, String column, String at, String projected,
			Map<String, String> nested) {
		var cypher = new StringBuilder("WITH ").append(parent).append(" AS owner\n")
			.append("MATCH (owner)").append(pattern(field)).append('\n');
		var conditions = conditions(field);
		if (!conditions.isEmpty()) {
			cypher.append("WHERE ").append(String.join(" AND ", conditions)).append('\n');
		}
		dated(cypher, field, at);
		if (!nested.isEmpty()) {
			// a subquery binds its own owner, rel and other: the node it reads from goes in under another name
			cypher.append("WITH *, other AS ").append(NESTED_PARENT).append('\n');
			nested.forEach((name, body) -> cypher.append("CALL (").append(NESTED_PARENT).append(") {\n").append(body)
				.append("\n}\n"));
		}
		var kept = new StringBuilder("owner, rel, other").append(field.relationship().dated() ? ", from, to" : "");
		nested.keySet().forEach(name -> kept.append(", ").append(name));
		cypher.append("WITH ").append(kept).append(" ORDER BY ").append(String.join(", ", field.order())).append('\n');
		cypher.append("RETURN collect({node: ").append(Entities.projection("other", projected));
		if (field.link() != null) {
			cypher.append(", properties: properties(rel)").append(field.relationship().dated() ? ", from: from, to: to" : "");
		}
		nested.keySet().forEach(name -> cypher.append(", ").append(name).append(": ").append(name));
		return cypher.append("}) AS ").append(column).toString();
	}

	/** The pattern from the owner to the other end, e.g. {@code <-[rel:IN]-(other:Post)}. */
	private static String pattern(RelationshipField field) {
		var arrow = field.outgoing() ? "-[rel:%s]->" : "<-[rel:%s]-";
		return arrow.formatted(field.relationship().type()) + "(other:" + labels(field) + ")";
	}

	/** For a dated relationship, its effective dates as {@code from} and {@code to}, valid on {@code $at} if asked. */
	private static void dated(StringBuilder cypher, RelationshipField field, String at) {
		if (!field.relationship().dated()) {
			return;
		}
		cypher.append("WITH owner, rel, other, ")
			.append(bound(field, "from"))
			.append(" AS from, ")
			.append(bound(field, "to"))
			.append(" AS to\n");
		if (field.at()) {
			cypher.append("WHERE (from IS NULL OR from <= $%1$s) AND (to IS NULL OR $%1$s < to)\n".formatted(at));
		}
	}

	/** What keeps a row besides its owner: in force ({@link #inForce}) and visible ({@link #visible}). */
	private static List<String> conditions(RelationshipField field) {
		var conditions = new ArrayList<String>(inForce(field));
		visible(field).ifPresent(conditions::add);
		return conditions;
	}

	/**
	 * Leaves out what is withdrawn ({@link GraphModel#WITHDRAWN_ON}: a task or link a corrected policy document
	 * dropped), for the relationship types and other ends that declare it.
	 */
	private static List<String> inForce(RelationshipField field) {
		var conditions = new ArrayList<String>();
		if (field.relationship().property(GraphModel.WITHDRAWN_ON).isPresent()) {
			conditions.add("rel." + GraphModel.WITHDRAWN_ON + " IS NULL");
		}
		if (field.others().stream().anyMatch(label -> label.property(GraphModel.WITHDRAWN_ON).isPresent())) {
			conditions.add("other." + GraphModel.WITHDRAWN_ON + " IS NULL");
		}
		return conditions;
	}

	/**
	 * The disclosure rules on the other end, unless the public sees all of its labels or the matched
	 * relationship itself makes it public ({@link Visibility#shownBy}: the holder of a post).
	 */
	private static Optional<String> visible(RelationshipField field) {
		if (Visibility.shownBy(field.relationship(), !field.outgoing())) {
			return Optional.empty();
		}
		var predicate = Visibility.predicate(field.others(), "other");
		return "true".equals(predicate) ? Optional.empty() : Optional.of(predicate);
	}

	private static String labels(RelationshipField field) {
		return field.others().stream().map(Label::name).collect(Collectors.joining("|"));
	}

	/** The relationship's own date, or for a phase responsibility the phase's when it has none. */
	private static String bound(RelationshipField field, String name) {
		if (field.relationship().interval() == Interval.OWN_OR_START_NODE) {
			var start = field.outgoing() ? "owner" : "other";
			return "coalesce(rel.%s, %s.%s)".formatted(name, start, name);
		}
		return "rel." + name;
	}

}
