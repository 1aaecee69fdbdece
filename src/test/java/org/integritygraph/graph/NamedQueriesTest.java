package org.integritygraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.integritygraph.support.TestNeo4j;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Relationship;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every query of {@code queries/} (all folders) against the migrated schema, in a read-only
 * transaction through {@link GraphReader}, with parameters of the right types: on an empty graph and on the
 * trace fixture graph ({@code trace/city.jsonl}). EXPLAIN is not enough: running also checks the plan and the types.
 * A query with a parameter this test cannot type fails here: add the parameter to {@link #SAMPLES}.
 */
class NamedQueriesTest {

	private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

	private static final LocalDate DATE = LocalDate.parse("2024-01-01");

	private static final List<String> ALL_TYPES = GraphModel.relationships().stream().map(Relationship::type).toList();

	/** Parameter sets of the trace queries: ids of the {@code city} fixture, so they find something there. */
	private static final Map<String, List<Map<String, Object>>> SAMPLES = Map.of(
			"trace/leadership_chain",
			List.of(Map.of("personId", "pe-he-xi", "postId", "", "at", DATE),
					Map.of("personId", "", "postId", "po-fgw-director", "at", DATE)),
			"trace/project_accountability", List.of(Map.of("projectId", "pj-sewage", "at", DATE)),
			"trace/responsibility_trace",
			List.of(Map.of("recordId", "rc-broken", "commitmentId", "", "today", DATE),
					Map.of("recordId", "", "commitmentId", "cm-payment", "today", DATE)),
			"trace/overdue_commitments", List.of(Map.of("bodyId", "bd-fgj", "at", DATE)),
			"trace/connections",
			List.of(Map.of("fromId", "pe-zhou-nan", "toId", "91990100MA0000001X", "maxHops", 6, "types", ALL_TYPES)),
			"trace/neighbourhood",
			List.of(Map.of("id", "bd-fgw", "types", ALL_TYPES, "first", 20, "offset", 0, "depth", 3)),
			"trace/conduct",
			List.of(Map.of("people", List.of(Map.of("key", 0, "personId", "pe-zhou-nan", "from", DATE.minusYears(8),
					"to", DATE)), "at", DATE)),
			"trace/answers",
			List.of(Map.of("requests", List.of(
					item("key", 0, "kind", "ACT", "actorId", "pe-he-xi", "on", DATE, "objectId", "ct-sewage",
							"phaseId", null, "role", null, "targetId", null, "from", null),
					item("key", 1, "kind", "NOW", "postId", "po-fgw-director", "phaseId", "ph-sewage-4", "role",
							"RESPONSIBLE_OFFICER", "targetId", "po-fgw-director", "from", LocalDate.parse("2020-06-01")),
					item("key", 2, "kind", "CHAIN", "postId", "po-fgw-deputy", "from", DATE, "to", DATE.plusDays(1),
							"asOf", DATE)),
					"today", DATE)));

	/** A map that may hold nulls (Map.of may not). */
	private static Map<String, Object> item(Object... keysAndValues) {
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static final NamedQueries QUERIES = TestNeo4j.namedQueries();

	private static GraphReader reader() {
		return TestNeo4j.reader();
	}

	static Stream<Arguments> everyQueryWithItsParameters() {
		var cases = new ArrayList<Arguments>();
		QUERIES.all().forEach((name, cypher) -> {
			var samples = SAMPLES.containsKey(name) ? SAMPLES.get(name) : List.of(guessParameters(name, cypher));
			for (var parameters : samples) {
				cases.add(Arguments.of(name, parameters));
			}
		});
		return cases.stream();
	}

	@Test
	void queriesAreFoundInEveryFolder() {
		assertThat(QUERIES.all()).containsKeys("trace/leadership_chain", "trace/project_accountability",
				"trace/responsibility_trace", "trace/overdue_commitments", "trace/connections", "trace/neighbourhood",
				"trace/conduct", "trace/answers");
	}

	@Test
	void everyQueryIsGivenAllItsParameters() {
		everyQueryWithItsParameters().forEach(arguments -> {
			var name = (String) arguments.get()[0];
			@SuppressWarnings("unchecked")
			var parameters = (Map<String, Object>) arguments.get()[1];
			assertThat(parameters.keySet()).as(name).containsAll(parametersOf(QUERIES.get(name)));
		});
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyQueryWithItsParameters")
	void runsOnAnEmptyGraph(String name, Map<String, Object> parameters) {
		TestNeo4j.resetGraph();
		// as the public: the disclosure rules' predicates run too
		assertThatNoException().as(name)
			.isThrownBy(() -> reader().list(Viewer.publicViewer(DATE, null), QUERIES.get(name), parameters, row -> row));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyQueryWithItsParameters")
	void runsOnTheFixtureGraph(String name, Map<String, Object> parameters) {
		TestNeo4j.replaceGraph("trace/city.jsonl");
		var rows = reader().list(Viewer.internal(DATE, null), QUERIES.get(name), parameters, row -> row);
		if (SAMPLES.containsKey(name)) {
			assertThat(rows).as("%s finds its sample entity", name).hasSize(1);
		}
	}

	private static TreeSet<String> parametersOf(String cypher) {
		var names = new TreeSet<String>();
		var matcher = PARAMETER.matcher(cypher.replaceAll("(?m)//.*$", ""));
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		// given by the viewer of every read (GraphReader)
		names.remove(org.integritygraph.model.Visibility.PARAMETER);
		return names;
	}

	/** Plausible values for the queries of other features, typed by the parameter's name. */
	private static Map<String, Object> guessParameters(String name, String cypher) {
		var parameters = new LinkedHashMap<String, Object>();
		for (var parameter : parametersOf(cypher)) {
			parameters.put(parameter, guess(name, parameter));
		}
		return parameters;
	}

	private static Object guess(String query, String parameter) {
		var p = parameter.toLowerCase();
		if (p.equals("id") || p.endsWith("id") || p.equals("text") || p.equals("name") || p.equals("cursor")
				|| p.equals("after") || p.equals("query") || p.equals("prefix")) {
			return "x";
		}
		if (p.equals("ids") || p.endsWith("ids")) {
			return List.of("x");
		}
		if (p.equals("at") || p.equals("today") || p.endsWith("on") || p.equals("from") || p.equals("to")
				|| p.endsWith("from") || p.endsWith("before") || p.endsWith("until") || p.endsWith("date")) {
			return DATE;
		}
		if (p.equals("first") || p.equals("offset") || p.equals("skip") || p.equals("limit") || p.equals("depth")
				|| p.equals("maxhops") || p.endsWith("count") || p.equals("size")) {
			return 10;
		}
		if (p.equals("types")) {
			return ALL_TYPES;
		}
		return fail("Cannot type parameter $%s of %s: add the query to NamedQueriesTest.SAMPLES", parameter, query);
	}

}
