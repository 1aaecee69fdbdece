package org.integritygraph.graph;

import java.util.Map;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every read runs read-only: a query that would write is refused by the server and writes nothing. */
class GraphReaderReadOnlyTest {

	private final GraphReader reader = TestNeo4j.reader();

	@Test
	void aWritingQuery_isRefused_andWritesNothing() {
		assertThatThrownBy(() -> this.reader.list("CREATE (:ReadOnlyProbe {n: $n}) RETURN 1 AS one", Map.of("n", 1),
				row -> row.get("one").asInt()))
			.isInstanceOf(ClientException.class);
		assertThat(probes()).isZero();
	}

	@Test
	void aRead_answers() {
		assertThat(this.reader.one("RETURN $n + 1 AS n", Map.of("n", 41), row -> row.get("n").asInt())).contains(42);
	}

	private static int probes() {
		return TestNeo4j.driver()
			.executableQuery("MATCH (p:ReadOnlyProbe) RETURN count(p) AS n")
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asInt();
	}

}
