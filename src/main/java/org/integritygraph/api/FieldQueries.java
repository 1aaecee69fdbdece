package org.integritygraph.api;

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
 * {@code key}, the node at the other end (or the properties of it that are read) as {@code node}, the relationship's properties and, for a dated
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
		var other = Entities.projection("other", projected);
		var relationship = field.relationship();
		var arrow = field.outgoing() ? "-[rel:%s]->" : "<-[rel:%s]-";
		var cypher = new StringBuilder()
			.append("MATCH (owner:").append(field.owner().name()).append(')')
			.append(arrow.formatted(relationship.type()))
			.append("(other:").append(labels(field)).append(")\n")
			.append("WHERE owner.id IN $ids")
			.append(inForce(field))
			.append(visible(field))
			.append('\n');
		if (relationship.dated()) {
			cypher.append("WITH owner, rel, other, ")
				.append(bound(field, "from"))
				.append(" AS from, ")
				.append(bound(field, "to"))
				.append(" AS to\n");
			if (field.at()) {
				cypher.append("WHERE (from IS NULL OR from <= $at) AND (to IS NULL OR $at < to)\n");
			}
			cypher.append("RETURN owner.id AS key, ").append(other).append(" AS node, properties(rel) AS properties, from, to\n");
		}
		else {
			cypher.append("RETURN owner.id AS key, ").append(other).append(" AS node, properties(rel) AS properties\n");
		}
		return cypher.append("ORDER BY ").append(String.join(", ", field.order())).toString();
	}

	/**
	 * Leaves out what is withdrawn ({@link GraphModel#WITHDRAWN_ON}: a task or link a corrected policy document
	 * dropped), for the relationship types and other ends that declare it.
	 */
	private static String inForce(RelationshipField field) {
		var cypher = new StringBuilder();
		if (field.relationship().property(GraphModel.WITHDRAWN_ON).isPresent()) {
			cypher.append(" AND rel.").append(GraphModel.WITHDRAWN_ON).append(" IS NULL");
		}
		if (field.others().stream().anyMatch(label -> label.property(GraphModel.WITHDRAWN_ON).isPresent())) {
			cypher.append(" AND other.").append(GraphModel.WITHDRAWN_ON).append(" IS NULL");
		}
		return cypher.toString();
	}

	/**
	 * The disclosure rules on the other end, unless the public sees all of its labels or the matched
	 * relationship itself makes it public ({@link Visibility#shownBy}: the holder of a post).
	 */
	private static String visible(RelationshipField field) {
		if (Visibility.shownBy(field.relationship(), !field.outgoing())) {
			return "";
		}
		var predicate = Visibility.predicate(field.others(), "other");
		return "true".equals(predicate) ? "" : " AND " + predicate;
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
