package org.integritygraph.node;

import java.util.Arrays;
import java.util.List;

/** The searchable kinds of entity and their labels (the allow-list of labels a search may filter on). */
enum SearchType {

	BODY("Body"), PERSON("Person"), POST("Post"), PROJECT("Project"), DECISION("Decision"), CONTRACT("Contract"),
	COMPANY("Company"), COMMITMENT("Commitment"), RECORD("Record"), DOCUMENT("Document"), TASK("Task");

	final String label;

	SearchType(String label) {
		this.label = label;
	}

	static List<String> labels(List<SearchType> types) {
		var chosen = (types == null || types.isEmpty()) ? Arrays.asList(values()) : types;
		return chosen.stream().map(t -> t.label).toList();
	}

	static SearchType ofLabels(Iterable<String> labels) {
		for (String label : labels) {
			for (SearchType type : values()) {
				if (type.label.equals(label)) {
					return type;
				}
			}
		}
		throw new IllegalStateException("Not a searchable node: " + labels);
	}

}
