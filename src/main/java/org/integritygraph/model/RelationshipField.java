package org.integritygraph.model;

import java.util.List;

/**
 * A GraphQL field that follows one relationship type from one of its end labels: {@code Body.posts}
 * follows {@code IN} backwards from {@code Body}. The API derives its resolver and its batched query from
 * this declaration.
 *
 * @param relationship the relationship type followed
 * @param owner the label (GraphQL type) the field belongs to
 * @param outgoing whether the owner is the start of the relationship
 * @param name the field name
 * @param many a list of values, else at most one (the first in {@code order})
 * @param link the type showing the relationship with its properties, or null for the node at the other end
 * @param at whether the field takes {@code at: Date} and keeps the relationships valid on it
 * @param others the labels at the other end the field keeps (all the relationship allows when not narrowed)
 * @param union the GraphQL union or interface type of the other end when it has several labels
 * @param order Cypher sort expressions over {@code owner}, {@code rel}, {@code other} and the effective
 *        {@code from}/{@code to} of a dated relationship
 * @param handWritten the API resolves it itself (a filter argument); the derived loader is still there
 */
public record RelationshipField(Relationship relationship, Label owner, boolean outgoing, String name, boolean many,
		LinkType link, boolean at, List<Label> others, String union, List<String> order, boolean handWritten) {

	/** The GraphQL type of one value: the link type, the other end's label, or its union. */
	public String valueType() {
		if (this.link != null) {
			return this.link.name();
		}
		return (this.others.size() == 1) ? this.others.getFirst().name() : this.union;
	}

	/** {@code Body.posts}. */
	public String coordinates() {
		return this.owner.name() + "." + this.name;
	}

	@Override
	public String toString() {
		return coordinates();
	}

}
