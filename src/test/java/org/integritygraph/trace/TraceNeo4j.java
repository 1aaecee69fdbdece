package org.integritygraph.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;

import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphTestAccess;
import org.integritygraph.support.TestNeo4j;

import org.springframework.core.io.ClassPathResource;

/**
 * The suite's in-process Neo4j ({@link TestNeo4j}) for the trace tests, migrated with {@code graph-schema/},
 * and the fixtures of {@code src/test/resources/trace/}. Test classes load the fixtures they need before
 * their tests; fixtures only create {@code :Entity} nodes, so clearing them leaves the schema alone.
 */
public final class TraceNeo4j {

	private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(\\n|$)");

	private TraceNeo4j() {
	}

	/** The suite's shared server ({@link TestNeo4j}), migrated. */
	public static Driver driver() {
		TestNeo4j.applyMigrations();
		return TestNeo4j.driver();
	}

	public static URI boltUri() {
		driver();
		return TestNeo4j.boltUri();
	}

	/** Replaces the graph's entities with those of the named fixtures ({@code trace/<name>.cypher}). */
	public static void load(String... fixtures) {
		TestNeo4j.resetGraph();
		try (var session = driver().session()) {
			for (var fixture : fixtures) {
				for (var statement : STATEMENT_END.split(read("trace/" + fixture + ".cypher"))) {
					if (!statement.isBlank()) {
						session.run(statement).consume();
					}
				}
			}
		}
	}

	/** The service over the harness, as the application wires it, with time to plan the big trace queries on a busy machine. */
	static TraceService service() {
		var queries = new TraceQueries(GraphTestAccess.reader(driver(), Duration.ofSeconds(120)),
				GraphTestAccess.namedQueries());
		return new TraceService(queries, new Dates(Clock.system(java.time.ZoneId.of("Asia/Shanghai"))));
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
