package org.integritygraph.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.exceptions.Neo4jException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request's deadline ends its running query in the database (over Bolt and in this process alike), and no
 * query starts after it.
 */
class GraphReaderDeadlineTest {

	/** Runs for minutes unless ended; the marker finds it among the server's transactions. */
	private static final String LONG = """
			// deadline-probe
			UNWIND range(1, 2000000000) AS i WITH i WHERE i % 1000003 = -1 RETURN count(i)""";

	private final GraphReader reader = TestNeo4j.reader();

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.integritygraph.support.TestNeo4j#readPaths")
	void theDeadlineEndsTheTransactionOnTheServer(String path, GraphReader reader) {
		TestNeo4j.resetGraph();
		var started = Instant.now();
		var viewer = Viewer.publicViewer(LocalDate.now(), started.plusMillis(1500));
		assertThatThrownBy(() -> reader.list(viewer, LONG, Map.of(), row -> row))
			.isInstanceOf(Neo4jException.class)
			.satisfies(ex -> assertThat(((Neo4jException) ex).code()).contains("TransactionTimedOut"));
		assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(20));
		var running = TestNeo4j.count("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'deadline-probe' "
				+ "AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN count(*) AS n");
		assertThat(running).as("transactions of the query still running on the server").isZero();
	}

	@Test
	void pastTheDeadline_noQueryStarts() {
		var before = this.reader.queriesExecuted();
		var viewer = Viewer.publicViewer(LocalDate.now(), Instant.now().minusMillis(1));
		assertThatThrownBy(() -> this.reader.list(viewer, "RETURN 1", Map.of(), row -> row))
			.isInstanceOf(DeadlineExceededException.class);
		assertThat(this.reader.queriesExecuted()).isEqualTo(before);
	}

}
