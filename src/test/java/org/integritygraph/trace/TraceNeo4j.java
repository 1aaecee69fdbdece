package org.integritygraph.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.integritygraph.graph.GraphTestAccess;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * One in-process Neo4j (neo4j-harness) for all trace tests of a JVM, migrated with {@code graph-schema/},
 * and the fixtures of {@code src/test/resources/trace/}. Test classes load the fixtures they need before
 * their tests; fixtures only create {@code :Entity} nodes, so clearing them leaves the schema alone.
 */
public final class TraceNeo4j {

	private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(\\n|$)");

	private static Neo4j neo4j;

	private static Driver driver;

	private TraceNeo4j() {
	}

	public static synchronized Driver driver() {
		if (driver == null) {
			neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
			driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
			new Migrations(MigrationsConfig.builder().withLocationsToScan("classpath:graph-schema").build(), driver)
				.apply();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				driver.close();
				neo4j.close();
			}));
		}
		return driver;
	}

	public static URI boltUri() {
		driver();
		return neo4j.boltURI();
	}

	/** Replaces the graph's entities with those of the named fixtures ({@code trace/<name>.cypher}). */
	public static void load(String... fixtures) {
		try (var session = driver().session()) {
			session.run("MATCH (n:Entity) DETACH DELETE n").consume();
			for (var fixture : fixtures) {
				for (var statement : STATEMENT_END.split(read("trace/" + fixture + ".cypher"))) {
					if (!statement.isBlank()) {
						session.run(statement).consume();
					}
				}
			}
		}
	}

	/** The service over the harness, as the application wires it (30 s query timeout). */
	static TraceService service() {
		var queries = new TraceQueries(GraphTestAccess.reader(driver(), Duration.ofSeconds(30)),
				GraphTestAccess.namedQueries());
		return new TraceService(queries, new StaticListableBeanFactory().getBeanProvider(Clock.class));
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
