package org.integritygraph.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against a Neo4j server in a container ({@code NEO4J_URI} set, so no embedded
 * database): migrations, sample load and the API work unchanged. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExternalNeo4jContainerTests {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026").withoutAuthentication();

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", neo4j::getBoltUrl);
	}

	@LocalServerPort
	int port;

	@Test
	void serviceRunsOnAnExternalServer_withTheSampleLoaded() {
		var response = new GraphQlClient(this.port).post("""
				{ body(id: "bd-city-water") { leaders(at: "2019-01-01") { person { name } } } }""");
		assertThat(response.<List<String>>read("$.data.body.leaders[*].person.name")).containsExactly("周海涛");
	}

}
