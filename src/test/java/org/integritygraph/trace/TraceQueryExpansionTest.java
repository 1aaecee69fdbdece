package org.integritygraph.trace;

import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.integritygraph.support.TestNeo4j;
import org.integritygraph.graph.NamedQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace queries as loaded: each shared part (the leadership chain, the posts answering for an act, who
 * answers today) is written once in {@code queries/fragment/} and included where used, and every bound comes
 * from {@link TraceLimits}, never a literal.
 */
class TraceQueryExpansionTest {

	private static final Pattern INTEGER = Pattern.compile("(?<![\\w.$])\\d+(?![\\w.])");

	@Test
	void everyQueryIsFullyExpanded() {
		TestNeo4j.namedQueries().all().forEach((name, cypher) -> {
			assertThat(cypher).as(name).doesNotContain("#include").doesNotContain("${");
		});
	}

	@Test
	void theFragmentsAreIncludedWhereUsed() {
		var queries = TestNeo4j.namedQueries();
		assertThat(queries.all()).doesNotContainKeys("fragment/chain", "fragment/answerable", "fragment/today");
		assertThat(queries.get("trace/leadership_chain")).contains("---- fragment/chain");
		// The shared steps of every trace, in one query for all the items of a request.
		assertThat(queries.get("trace/answers")).contains("---- fragment/chain")
			.contains("---- fragment/answerable")
			.contains("---- fragment/today");
		// Each rule is in one place: no other query has a copy of it.
		queries.all().forEach((name, cypher) -> {
			if (!name.equals("trace/answers")) {
				assertThat(cypher).as(name).doesNotContain("SIGNED_AS_POST");
			}
			if (!name.equals("trace/answers")) {
				assertThat(cypher).as(name).doesNotContain("SUCCESSOR_TRANSFER");
			}
		});
	}

	@Test
	void everyBoundOfTheTraceQueriesIsAPlaceholder() {
		var limits = new TreeSet<String>();
		TraceLimits.cypher().constants().values().forEach(value -> limits.add(String.valueOf(value)));
		var used = new TreeSet<String>();
		NamedQueries.sources().forEach((name, source) -> {
			if (name.startsWith("trace/") || name.startsWith("fragment/")) {
				var code = source.replaceAll("(?m)//.*$", "");
				var literals = new TreeSet<String>();
				INTEGER.matcher(code).results().map(match -> match.group()).forEach(literals::add);
				assertThat(literals).as("integer literals of %s", name).doesNotContainAnyElementsOf(limits);
				var placeholders = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(source);
				placeholders.results().map(match -> match.group(1)).forEach(used::add);
			}
		});
		assertThat(used).as("constants used by the queries").isEqualTo(new TreeSet<>(TraceLimits.cypher().constants().keySet()));
	}

	/**
	 * The disclosure rules apply inside the fragments, so in every trace that includes them: each fragment marks
	 * where a person enters it, and the shared queries read the rules' parameter once expanded.
	 */
	@Test
	void theDisclosureRulesApplyInsideTheFragments() {
		NamedQueries.sources().forEach((name, source) -> {
			if (name.startsWith("fragment/")) {
				assertThat(source).as(name).contains("/*+visible(");
			}
		});
		var queries = TestNeo4j.namedQueries();
		for (var name : new String[] { "trace/leadership_chain", "trace/answers",
				"trace/conduct", "trace/project_accountability", "trace/responsibility_trace" }) {
			assertThat(queries.get(name)).as(name).contains("$disclosure").doesNotContain("/*+visible(");
		}
	}

}
