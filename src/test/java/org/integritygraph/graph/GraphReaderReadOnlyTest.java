package org.integritygraph.graph;

import java.util.Map;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.exceptions.ClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every read runs read-only, over Bolt and in this process alike: a query that would write is refused by the
 * database and writes nothing.
 */
class GraphReaderReadOnlyTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.integritygraph.support.TestNeo4j#readPaths")
	void aWritingQuery_isRefused_andWritesNothing(String path, GraphReader reader) {
		assertThatThrownBy(() -> reader.list("CREATE (:ReadOnlyProbe {n: $n}) RETURN 1 AS one", Map.of("n", 1),
				row -> row.get("one").asInt()))
			.isInstanceOf(ClientException.class)
			.satisfies(ex -> assertThat(((ClientException) ex).code()).startsWith("Neo.ClientError."));
		assertThat(TestNeo4j.count("MATCH (p:ReadOnlyProbe) RETURN count(p)")).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.integritygraph.support.TestNeo4j#readPaths")
	void aRead_answers(String path, GraphReader reader) {
		assertThat(reader.one("RETURN $n + 1 AS n", Map.of("n", 41), row -> row.get("n").asInt())).contains(42);
	}
}
