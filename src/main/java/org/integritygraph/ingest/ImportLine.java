package org.integritygraph.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integritygraph.model.Label;
import org.integritygraph.model.Relationship;

/**
 * A valid node or relationship line. Property values are already converted to what the graph
 * stores ({@code LocalDate}, {@code Double}, ...); a {@code null} value removes the property.
 */
sealed interface ImportLine {

	/** The 1-based line number in the file. */
	int line();

	record NodeLine(int line, Label label, String id, Map<String, Object> properties) implements ImportLine {

		public NodeLine {
			properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
		}

		/** This node with the properties of a later line for the same id applied on top. */
		NodeLine with(NodeLine later) {
			return new NodeLine(this.line, this.label, this.id, overlay(this.properties, later.properties));
		}

	}

	record RelationshipLine(int line, Relationship type, String start, String end,
			Map<String, Object> properties) implements ImportLine {

		public RelationshipLine {
			properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
		}

		/** Lines with equal identities describe the same relationship. */
		Identity identity() {
			// A missing key property is part of the identity as null.
			var keyValues = Arrays.asList(this.type.keys().stream().map(this.properties::get).toArray());
			return new Identity(this.type, this.start, this.end, keyValues);
		}

		/** This relationship with the properties of a later line of the same identity on top. */
		RelationshipLine with(RelationshipLine later) {
			return new RelationshipLine(this.line, this.type, this.start, this.end,
					overlay(this.properties, later.properties));
		}

		record Identity(Relationship type, String start, String end, List<Object> keyValues) {
		}

	}

	private static Map<String, Object> overlay(Map<String, Object> earlier, Map<String, Object> later) {
		var merged = new LinkedHashMap<>(earlier);
		merged.putAll(later);
		return merged;
	}

}
