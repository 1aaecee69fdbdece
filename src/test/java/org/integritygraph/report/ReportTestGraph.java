package org.integritygraph.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.trace.TraceService;

/**
 * One in-process Neo4j for the report tests, started once per JVM, with the schema migrations applied
 * and the report fixtures ({@code src/test/resources/report/*.cypher}) loaded. The tests only read.
 */
final class ReportTestGraph {

	static final List<String> FIXTURES = List.of("report/ppp-project.cypher");

	private static Neo4j neo4j;

	private static Driver driver;

	private ReportTestGraph() {
	}

	static synchronized Neo4j neo4j() {
		if (neo4j == null) {
			neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
			driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
			new Migrations(MigrationsConfig.builder().withLocationsToScan("classpath:graph-schema").build(), driver)
				.apply();
			try (var session = driver.session()) {
				FIXTURES.forEach(fixture -> session.executeWriteWithoutResult(tx -> tx.run(read(fixture))));
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				driver.close();
				neo4j.close();
			}));
		}
		return neo4j;
	}

	static synchronized Driver driver() {
		neo4j();
		return driver;
	}

	private static String read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The beans a report needs, on the test graph, without the rest of the application (a test
	 * configuration, so the application's component scan leaves it out of {@code @SpringBootTest}s).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ GraphReader.class, NamedQueries.class, TraceAccountabilitySource.class, RecallReportService.class })
	// The tracing feature's service and its package-private query class.
	@ComponentScan(basePackageClasses = TraceService.class, useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = "org\\.integritygraph\\.trace\\.Trace(Service|Queries)"))
	static class ReportBeans {

		@Bean(destroyMethod = "")
		Driver driver() {
			return ReportTestGraph.driver();
		}

		/** Binds {@code @Value} durations such as the query timeout, as Spring Boot would. */
		@Bean
		static ConversionService conversionService() {
			return new ApplicationConversionService();
		}

		@Bean
		DataNeo4jProperties dataNeo4jProperties() {
			return new DataNeo4jProperties();
		}

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
