package org.integritygraph.graph;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@link NamedQueries} expands a query: fragments included with the include line's indentation, constants written in. */
class NamedQueriesExpansionTest {

	@Test
	void includesFragmentsIndentedAsTheIncludeLine_andReplacesPlaceholders() {
		var expanded = NamedQueries.expand(Map.of("trace/q", """
				MATCH (p:Post)
				CALL (p) {
				  // #include fragment/a
				}
				RETURN p LIMIT ${LIMIT}
				""", "fragment/a", """
				// fragment a
				MATCH (p)-[:REPORTS_TO*0..${HOPS}]->(q)

				// #include fragment/b
				""", "fragment/b", "RETURN q\n"), Map.of("LIMIT", 201, "HOPS", 20));
		assertThat(expanded).containsOnlyKeys("trace/q");
		assertThat(expanded.get("trace/q")).isEqualTo("""
				MATCH (p:Post)
				CALL (p) {
				  // fragment a
				  MATCH (p)-[:REPORTS_TO*0..20]->(q)

				  RETURN q
				}
				RETURN p LIMIT 201
				""");
	}

	@Test
	void anUnknownFragmentOrPlaceholderOrAnIncludeCycleFailsTheLoading() {
		assertThatThrownBy(() -> NamedQueries.expand(Map.of("trace/q", "// #include fragment/none\n"), Map.of()))
			.hasMessageContaining("trace/q includes fragment/none");
		assertThatThrownBy(() -> NamedQueries.expand(Map.of("trace/q", "RETURN ${NONE}\n"), Map.of()))
			.hasMessageContaining("${NONE}");
		assertThatThrownBy(() -> NamedQueries.expand(
				Map.of("trace/q", "// #include fragment/a\n", "fragment/a", "// #include fragment/a\n"), Map.of()))
			.hasMessageContaining("cycle");
	}

}
