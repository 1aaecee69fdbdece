package org.integritygraph.trace;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import org.integritygraph.node.Entities;

/** The read model of any entity node, after its label, so that the API's own resolvers apply to it. */
final class TraceModels {

	private TraceModels() {
	}

	/** The read model of a node value, or null for a null value. */
	static Object entity(Value value) {
		return (value == null || value.isNull()) ? null : entity(value.asNode());
	}

	static Object entity(Node node) {
		return Entities.required(node);
	}

	static <T> T as(Value value, Class<T> type) {
		var entity = entity(value);
		return type.isInstance(entity) ? type.cast(entity) : null;
	}

}
