package org.integritygraph.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database as the service configures it. */
class EmbeddedNeo4jTest {

	@Test
	void plansAQueryOnceWhateverTheLengthOfItsParameters(@TempDir Path dataDirectory) {
		var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDirectory, "localhost", 0, Duration.ofSeconds(60), null));
		neo4j.awaitStarted();
		try (var driver = neo4j.driver()) {
			driver.executableQuery("CALL db.clearQueryCaches()").execute();
			// a search text of 2 and of 40 characters, a list of 1 and of 50 ids: by Neo4j's default, two plans
			var query = "MATCH (n:Entity) WHERE n.name CONTAINS $text OR n.id IN $ids RETURN count(n)";
			List<Map<String, Object>> runs = List.of(Map.of("text", "污水", "ids", List.of("a")),
					Map.of("text", "x".repeat(40), "ids", Collections.nCopies(50, "b")));
			runs.forEach(parameters -> driver.executableQuery(query).withParameters(parameters).execute());
			var cleared = driver.executableQuery("CALL db.clearQueryCaches()")
				.execute()
				.records()
				.getFirst()
				.get(0)
				.asString();
			assertThat(cleared).isEqualTo("Query caches successfully cleared of 1 queries.");
		}
		finally {
			neo4j.close();
		}
	}

	@Test
	void readsFurtherSettingsFromAConfigFileUnderItsOwn(@TempDir Path dataDirectory, @TempDir Path folder)
			throws IOException {
		var file = Files.writeString(folder.resolve("neo4j.conf"), """
				# the page cache's size and a limit on the memory of all transactions
				server.memory.pagecache.size=64m
				db.memory.transaction.total.max=512m
				db.transaction.timeout=5s
				""");
		var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDirectory, "localhost", 0, Duration.ofSeconds(60), file));
		neo4j.awaitStarted();
		try (var driver = neo4j.driver()) {
			var settings = driver.executableQuery("""
					SHOW SETTINGS YIELD name, value
					WHERE name IN ['server.memory.pagecache.size', 'db.memory.transaction.total.max', 'db.transaction.timeout']
					RETURN name, value ORDER BY name""")
				.execute()
				.records()
				.stream()
				.map(row -> row.get("name").asString() + "=" + row.get("value").asString())
				.toList();
			assertThat(settings).containsExactly("db.memory.transaction.total.max=512.00MiB", "db.transaction.timeout=1m",
					"server.memory.pagecache.size=64.00MiB");
		}
		finally {
			neo4j.close();
		}
	}

	@Test
	void refusesAMissingConfigFile(@TempDir Path dataDirectory) {
		var missing = dataDirectory.resolve("nowhere.conf");
		var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDirectory, "localhost", 0, Duration.ofSeconds(60), missing));
		assertThatThrownBy(neo4j::awaitStarted).isInstanceOf(IllegalStateException.class)
			.hasMessage("integrity.embedded.config-file: no such file " + missing.toAbsolutePath());
		neo4j.close();
	}

}
