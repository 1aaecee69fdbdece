package org.integritygraph.benchmark;

import org.integritygraph.api.ApiTest;
import org.integritygraph.api.GraphQlClient;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.system.WarmUps;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations the benchmark measures are valid requests of the API, and their raw Cypher runs with the
 * parameters given: checked on the sample city, where the benchmark finds its ids the same way. For a trace the
 * raw Cypher is every query the service runs for the request.
 */
@ApiTest
class BenchmarkOperationsTest {

	@Autowired
	Driver driver;

	@Autowired
	GraphReader reader;

	@Autowired
	WarmUps warmUps;

	@LocalServerPort
	int port;

	@Test
	void everyOperation_answersWithoutErrors_andItsCypherRuns_asManyQueriesAsTheServiceForATrace() {
		var samples = BenchmarkCommand.Samples.find(this.driver);
		var client = new GraphQlClient(this.port);
		// the warm-ups read through the same counted reader after start-up: counts begin once they are over
		this.warmUps.done().handle((took, failure) -> took).join();

		var operations = BenchmarkCommand.Operations.of(samples, this.driver);
		for (var operation : operations) {
			var before = this.reader.queriesExecuted();
			var response = client.post(operation.graphql(), operation.variables());
			var queries = this.reader.queriesExecuted() - before;
			assertThat(response.jsonString()).as(operation.name()).doesNotContain("\"errors\"").contains("\"data\"");
			for (var query : operation.cypher()) {
				var rows = this.driver.executableQuery(query.cypher()).withParameters(query.parameters()).execute();
				assertThat(rows.records()).as(operation.name()).isNotNull();
			}
			if (!operation.name().equals("lookup") && !operation.name().startsWith("nested")
					&& !operation.name().equals("search")) {
				assertThat(operation.cypher()).as(operation.name()).hasSize((int) queries);
			}
		}
		assertThat(operations).extracting(BenchmarkCommand.Operation::name)
			.containsExactly("lookup", "nested list (3 levels)", "leadershipChain", "projectAccountability",
					"responsibilityTrace", "overdueCommitments", "search");
		// one query of its own facts, one for the answers of all its rows
		assertThat(operations.get(3).cypher()).hasSize(2);
		assertThat(operations.get(4).cypher()).hasSize(2);
	}

}
