package org.integritygraph.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database as the service configures it. */
class EmbeddedNeo4jTest {

	@Test
	void plansAQueryOnceWhateverTheLengthOfItsParameters(@TempDir Path dataDirectory) {
		var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDirectory, "localhost", 0, Duration.ofSeconds(60)));
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

}
