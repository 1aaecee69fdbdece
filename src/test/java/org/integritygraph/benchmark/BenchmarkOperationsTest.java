package org.integritygraph.benchmark;

import org.integritygraph.api.ApiTest;
import org.integritygraph.api.GraphQlClient;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations the benchmark measures are valid requests of the API, and their raw Cypher runs with the
 * parameters given: checked on the sample city, where the benchmark finds its ids the same way.
 */
@ApiTest
class BenchmarkOperationsTest {

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	void everyOperation_answersWithoutErrors_andItsCypherRuns() {
		var samples = BenchmarkCommand.Samples.find(this.driver);
		var client = new GraphQlClient(this.port);

		for (var operation : BenchmarkCommand.Operations.of(samples)) {
			var response = client.post(operation.graphql(), operation.variables());
			assertThat(response.jsonString()).as(operation.name()).doesNotContain("\"errors\"").contains("\"data\"");
			var rows = this.driver.executableQuery(operation.cypher()).withParameters(operation.parameters()).execute();
			assertThat(rows.records()).as(operation.name()).isNotNull();
		}
		assertThat(BenchmarkCommand.Operations.of(samples)).extracting(BenchmarkCommand.Operation::name)
			.containsExactly("lookup", "nested list (3 levels)", "leadershipChain", "projectAccountability",
					"responsibilityTrace", "overdueCommitments", "search");
	}

}
