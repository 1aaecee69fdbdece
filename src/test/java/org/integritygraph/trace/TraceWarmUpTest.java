package org.integritygraph.trace;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.integritygraph.support.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up of the trace queries plans nothing on an empty graph (Neo4j would plan again once data arrives);
 * on the sample city it plans every query ({@code ReadmeTraceExamplesTest} waits for it).
 */
class TraceWarmUpTest {

	@Test
	void anEmptyGraphIsNotWarmedUp() {
		TestNeo4j.resetGraph();
		var warmUp = new TraceWarmUp(TestNeo4j.traceService());
		assertThat(warmUp.warmUp()).isEqualTo(Duration.ZERO);
	}

}
