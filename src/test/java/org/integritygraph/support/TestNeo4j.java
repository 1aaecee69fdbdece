package org.integritygraph.support;

import java.net.URI;

import org.integritygraph.ingest.ImportResult;
import org.integritygraph.ingest.JsonlImporter;
import org.integritygraph.system.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one in-process Neo4j (neo4j-harness) of the whole test suite: started on first use,
 * stopped when the JVM exits. Test classes share it, so each one starts from a known state:
 *
 * <pre>{@code
 * @BeforeEach
 * void emptyGraph() {
 *     TestNeo4j.resetGraph();                      // schema applied, no data
 *     TestNeo4j.load("trace/leadership.jsonl");    // optional: a fixture from src/test/resources
 * }
 * ... TestNeo4j.driver().executableQuery("MATCH (b:Body) RETURN b.id").withConfig(TestNeo4j.queryConfig()).execute()
 * }</pre>
 *
 * A {@code @SpringBootTest} connects the application to it instead of starting the embedded
 * database:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void neo4j(DynamicPropertyRegistry registry) {
 *     TestNeo4j.registerProperties(registry);
 * }
 * }</pre>
 *
 * Tests run one after the other in one JVM (the Surefire default); do not run test classes that
 * use it in parallel.
 */
public final class TestNeo4j {

	/** The database the tests and the application use. */
	public static final String DATABASE = "neo4j";

	private static Neo4j server;

	private static Driver driver;

	private static boolean migrated;

	private TestNeo4j() {
	}

	/** The Bolt address of the shared server, starting it on first use. */
	public static synchronized URI boltUri() {
		if (server == null) {
			server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
			driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
			Runtime.getRuntime().addShutdownHook(new Thread(TestNeo4j::stop, "test-neo4j-shutdown"));
		}
		return server.boltURI();
	}

	/** A driver connected to the shared server; do not close it. */
	public static synchronized Driver driver() {
		boltUri();
		return driver;
	}

	/** Routes {@code driver().executableQuery(...)} to {@link #DATABASE}. */
	public static QueryConfig queryConfig() {
		return QueryConfig.builder().withDatabase(DATABASE).build();
	}

	/**
	 * Applies the graph-schema migrations the way the application does ({@link SchemaMigrations}),
	 * once per JVM: the constraints and indexes are then in place, and an application started
	 * against this server finds them applied.
	 */
	public static synchronized void applyMigrations() {
		if (!migrated) {
			SchemaMigrations.apply(driver(), DATABASE);
			migrated = true;
		}
	}

	/** Deletes all data, keeping the schema and the record of applied migrations. */
	public static void wipeData() {
		driver().executableQuery("""
				MATCH (n)
				WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
				DETACH DELETE n
				""").withConfig(queryConfig()).execute();
	}

	/** The usual start of a test: migrations applied, no data. */
	public static void resetGraph() {
		applyMigrations();
		wipeData();
	}

	/**
	 * Imports a JSON Lines fixture from the test class path (e.g. {@code "ingest/valid-city.jsonl"})
	 * with the application's importer.
	 * @throws AssertionError when the fixture is rejected
	 */
	public static ImportResult load(String classpathResource) {
		var result = new JsonlImporter(driver(), DATABASE).importResource(new ClassPathResource(classpathResource));
		if (!result.succeeded()) {
			throw new AssertionError("Fixture " + classpathResource + " was rejected: " + result.errors());
		}
		return result;
	}

	/** Counts and a checksum of everything in the graph but the migration records. */
	public static GraphSnapshot snapshot() {
		return GraphSnapshot.of(driver(), DATABASE);
	}

	/** Points a {@code @SpringBootTest} at the shared server (sets {@code NEO4J_URI}). */
	public static void registerProperties(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", () -> boltUri().toString());
		registry.add("spring.data.neo4j.database", () -> DATABASE);
	}

	private static synchronized void stop() {
		driver.close();
		server.close();
	}

}
