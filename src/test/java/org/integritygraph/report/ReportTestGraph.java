package org.integritygraph.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.Driver;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;

import org.integritygraph.graph.Database;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.trace.TraceService;

/**
 * The report fixtures ({@code src/test/resources/report/*.cypher}) on the suite's in-process Neo4j
 * ({@link TestNeo4j}); each report test class loads them before its tests, which only read.
 */
final class ReportTestGraph {

	static final List<String> FIXTURES = List.of("report/ppp-project.cypher");

	private ReportTestGraph() {
	}

	/** The suite's shared server ({@link TestNeo4j}), migrated. */
	static Driver driver() {
		TestNeo4j.applyMigrations();
		return TestNeo4j.driver();
	}

	static URI boltUri() {
		driver();
		return TestNeo4j.boltUri();
	}

	/** Replaces the graph's data with the report fixtures; every report test class calls it first. */
	static void load() {
		TestNeo4j.resetGraph();
		try (var session = driver().session()) {
			FIXTURES.forEach(fixture -> session.executeWriteWithoutResult(tx -> tx.run(read(fixture))));
		}
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
	@Import({ GraphReader.class, NamedQueries.class, Dates.class, TraceAccountabilitySource.class, RecallReportService.class })
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
		Database database() {
			return new Database(null);
		}

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
