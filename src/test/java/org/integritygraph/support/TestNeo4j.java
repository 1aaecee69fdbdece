package org.integritygraph.support;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.integritygraph.graph.Database;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.InProcessReads;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.ingest.ImportResult;
import org.integritygraph.ingest.JsonlImporter;
import org.integritygraph.system.SchemaMigrations;
import org.integritygraph.trace.TraceLimits;
import org.integritygraph.trace.TraceService;
import org.junit.jupiter.params.provider.Arguments;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one in-process Neo4j (neo4j-harness) of the whole test suite and the one way tests get a graph:
 * started on first use, stopped when the JVM exits. Test classes share it, so each one starts from a
 * known state. Fixtures are JSON Lines files of {@code src/test/resources} loaded through the
 * application's importer, so they are validated like any import:
 *
 * <pre>{@code
 * @BeforeAll
 * static void graph() {
 *     TestNeo4j.replaceGraph("trace/city.jsonl");   // schema applied, only the fixture's data
 * }
 * ... TestNeo4j.driver().executableQuery("MATCH (b:Body) RETURN b.id").withConfig(TestNeo4j.queryConfig()).execute()
 * }</pre>
 *
 * Query tests get the application's components on it: {@link #reader()}, {@link #namedQueries()},
 * {@link #traceService()}, reading in this process as the application reads its embedded database
 * ({@link #boltReader()} reads over Bolt, as from an external server); Spring tests import {@link GraphBeans}.
 * A {@code @SpringBootTest} connects the application to it over Bolt, as to an external server, instead of
 * starting the embedded database:
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

	/** The shared server's databases, for tests of what runs inside an embedded database. */
	public static synchronized DatabaseManagementService databaseManagementService() {
		boltUri();
		return server.databaseManagementService();
	}

	/** Routes {@code driver().executableQuery(...)} to {@link #DATABASE}. */
	public static QueryConfig queryConfig() {
		return QueryConfig.builder().withDatabase(DATABASE).build();
	}

	/** The one number a counting query returns (its first column of its first row), e.g. {@code RETURN count(n)}. */
	public static long count(String cypher) {
		return driver().executableQuery(cypher).withConfig(queryConfig()).execute().records().getFirst().get(0).asLong();
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

	/** The usual start of a test class: migrations applied, only the data of these fixtures. */
	public static void replaceGraph(String... fixtures) {
		resetGraph();
		for (var fixture : fixtures) {
			load(fixture);
		}
	}

	/**
	 * The application's read path on the shared server as the embedded database has it: in this process
	 * ({@link InProcessReads}), with a 60 s query timeout: the first run of a query includes its planning, slow
	 * on a machine shared by several builds.
	 */
	public static GraphReader reader() {
		applyMigrations();
		return new GraphReader(driver(), Database.named(DATABASE), new SimpleMeterRegistry(), Duration.ofSeconds(60),
				inProcessReads());
	}

	/** The application's read path to an external server: over Bolt, through the driver. */
	public static GraphReader boltReader() {
		applyMigrations();
		return new GraphReader(driver(), Database.named(DATABASE), new SimpleMeterRegistry(), Duration.ofSeconds(60));
	}

	/**
	 * Both read paths of the application, named, for a test that must hold on each:
	 * {@code @MethodSource("org.integritygraph.support.TestNeo4j#readPaths")} gives {@code (String, GraphReader)}.
	 */
	public static Stream<Arguments> readPaths() {
		return Stream.of(Arguments.of("over Bolt", boltReader()), Arguments.of("in process", reader()));
	}

	/** Reads of the shared server in this process, as the application reads its embedded database. */
	public static InProcessReads inProcessReads() {
		return new InProcessReads(() -> databaseManagementService().database(DATABASE));
	}

	/** The queries of {@code queries/} as the application loads them. */
	public static NamedQueries namedQueries() {
		return new NamedQueries(List.of(TraceLimits.cypher()));
	}

	/** The tracing service on the shared server; "today" by the application's clock. */
	public static TraceService traceService() {
		return new TraceService(reader(), namedQueries(), new Dates(Clock.system(ZoneId.of("Asia/Shanghai"))));
	}

	/** The tracing service on the shared server with a fixed "today". */
	public static TraceService traceService(LocalDate today) {
		var zone = ZoneId.of("Asia/Shanghai");
		return new TraceService(reader(), namedQueries(),
				new Dates(Clock.fixed(today.atStartOfDay(zone).toInstant(), zone)));
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

	/**
	 * The graph beans of the application on the shared server, for Spring tests of one feature (a test
	 * configuration: the application's component scan leaves it out of {@code @SpringBootTest}s). Add a
	 * {@code Clock} bean to fix "today".
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ GraphReader.class, NamedQueries.class, Dates.class, TraceLimits.class, TraceService.class })
	public static class GraphBeans {

		@Bean(destroyMethod = "")
		Driver driver() {
			applyMigrations();
			return TestNeo4j.driver();
		}

		/** Binds {@code @Value} durations such as the query timeout, as Spring Boot would. */
		@Bean
		static ConversionService conversionService() {
			return new ApplicationConversionService();
		}

		@Bean
		Database database() {
			return Database.named(DATABASE);
		}

		/** The application reads the shared server as it reads its embedded database: in this process. */
		@Bean
		InProcessReads inProcessReads() {
			return TestNeo4j.inProcessReads();
		}

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	private static synchronized void stop() {
		driver.close();
		server.close();
	}

}
