package org.integritygraph.trace;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.integritygraph.graph.GraphTestAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each trace query is one Cypher statement, so the shared parts (the leadership chain, the posts answering
 * for an act, who answers today) are repeated in several files between marker comments. They must stay
 * the same text, apart from indentation.
 */
class TraceQueryFragmentsTest {

	@ParameterizedTest
	@ValueSource(strings = { "chain", "answerable", "today" })
	void sharedFragmentsAreTheSameInEveryQuery(String fragment) {
		var begin = "// ---- " + fragment + " fragment";
		var end = "// ---- end of " + fragment + " fragment ----";
		Map<String, String> copies = new TreeMap<>();
		GraphTestAccess.namedQueries().all().forEach((name, cypher) -> {
			if (name.startsWith("trace/") && cypher.contains(begin)) {
				var text = cypher.substring(cypher.indexOf(begin), cypher.indexOf(end) + end.length());
				copies.put(name, text.lines().map(String::strip).collect(Collectors.joining("\n")));
			}
		});
		assertThat(copies).as("queries with the %s fragment", fragment).isNotEmpty();
		assertThat(copies.values().stream().distinct().toList()).as("distinct copies of the %s fragment in %s",
				fragment, copies.keySet()).hasSize(1);
		if (fragment.equals("chain")) {
			assertThat(copies.keySet()).containsAll(List.of("trace/leadership_chain", "trace/project_accountability",
					"trace/responsibility_trace"));
		}
	}

}
