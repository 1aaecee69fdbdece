package org.integritygraph.model.entity;

import java.time.LocalDate;
import java.util.Map;

/**
 * One relationship seen from one of its ends: the owner (the node asked about), the node at the other
 * end, and the relationship's properties (with the effective {@code from}/{@code to} of a dated one).
 * The API shows it as a link type such as {@code Tenure} or {@code Signature}.
 *
 * @param type the relationship type
 * @param owner the node the relationship was followed from
 * @param other the node at the other end
 * @param outgoing whether the owner is the start of the relationship
 * @param properties the relationship's properties
 */
public record Link(String type, Entity owner, Entity other, boolean outgoing, Map<String, Object> properties) {

	public Entity start() {
		return this.outgoing ? this.owner : this.other;
	}

	public Entity end() {
		return this.outgoing ? this.other : this.owner;
	}

	public Object property(String name) {
		return this.properties.get(name);
	}

	public LocalDate from() {
		return (LocalDate) this.properties.get("from");
	}

	public LocalDate to() {
		return (LocalDate) this.properties.get("to");
	}

}
