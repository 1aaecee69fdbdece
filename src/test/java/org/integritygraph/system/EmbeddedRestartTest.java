package org.integritygraph.system;

import java.nio.file.Path;
import java.util.Map;

import org.integritygraph.IntegrityGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The first command of the README, twice on the same data folder. */
class EmbeddedRestartTest {

	@Test
	void secondStart_keepsTheDataAndAppliesNothingTwice(@TempDir Path dataDirectory) {
		long entities;
		long migrations;
		try (var first = start(dataDirectory)) {
			var driver = first.getBean(Driver.class);
			entities = count(driver, "MATCH (n:Entity) RETURN count(n)");
			migrations = count(driver, "MATCH (m:__Neo4jMigration) RETURN count(m)");
			driver.executableQuery("MATCH (b:Body {id: $id}) SET b.nameEn = $name")
				.withParameters(Map.of("id", "bd-city", "name", "Changed between starts"))
				.execute();
		}
		assertThat(entities).as("the sample was loaded into the empty database").isEqualTo(sampleNodeLines());
		assertThat(migrations).as("every migration applied once, plus the chain's base node").isGreaterThan(40);

		try (var second = start(dataDirectory)) {
			var driver = second.getBean(Driver.class);
			assertThat(count(driver, "MATCH (n:Entity) RETURN count(n)")).isEqualTo(entities);
			assertThat(count(driver, "MATCH (m:__Neo4jMigration) RETURN count(m)")).isEqualTo(migrations);
			assertThat(driver.executableQuery("MATCH (b:Body {id: 'bd-city'}) RETURN b.nameEn AS name")
				.execute()
				.records()
				.getFirst()
				.get("name")
				.asString()).isEqualTo("Changed between starts");
		}
	}

	private static ConfigurableApplicationContext start(Path dataDirectory) {
		// as arguments, which take precedence over application.yml (default properties do not): the temporary
		// folder and a free port, never the working directory's data or a port another process holds
		return IntegrityGraphApplication.service().web(WebApplicationType.NONE)
			.run("--integrity.embedded.data-directory=" + dataDirectory, "--integrity.embedded.bolt-port=0");
	}

	private static long count(Driver driver, String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

	/** The node lines of the sample file (one node each). */
	private static long sampleNodeLines() {
		try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
				EmbeddedRestartTest.class.getResourceAsStream("/sample/sample-city.jsonl"),
				java.nio.charset.StandardCharsets.UTF_8)).lines()) {
			return lines.filter(line -> line.startsWith("{\"node\":")).count();
		}
	}

}
