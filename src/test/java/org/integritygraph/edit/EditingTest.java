package org.integritygraph.edit;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.integritygraph.api.GraphQlClient;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing API end to end over HTTP, on the suite's Neo4j with the small city of {@code edit/city.jsonl}
 * loaded afresh before each test. Every subclass shares one application context.
 */
// The first run of a report or trace query includes its planning, slow on a busy machine.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "integrity.sample.enabled=false", "integrity.query-timeout=120s",
				"integrity.known-at.timeout=120s" })
abstract class EditingTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.registerProperties(registry);
	}

	@LocalServerPort
	int port;

	GraphQlClient graphQl;

	@BeforeEach
	void loadFixture() {
		TestNeo4j.resetGraph();
		TestNeo4j.load(fixture());
		this.graphQl = new GraphQlClient(this.port);
	}

	/** The JSON Lines loaded before each test. */
	String fixture() {
		return "edit/city.jsonl";
	}

	DocumentContext post(String document, Map<String, Object> variables) {
		var response = this.graphQl.post(document, variables);
		Map<String, Object> json = response.json();
		assertThat(json).as("GraphQL errors in %s", response.jsonString()).doesNotContainKey("errors");
		return response;
	}

	DocumentContext post(String document) {
		return post(document, Map.of());
	}

	/** The codes of the payload's user errors under {@code mutation}. */
	static List<String> errorCodes(DocumentContext response, String mutation) {
		return response.read("$.data." + mutation + ".userErrors[*].code");
	}

}
