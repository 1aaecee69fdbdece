package org.integritygraph.graph;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.Driver;

import org.integritygraph.trace.TraceLimits;


/** Builds the package-private graph components for query tests that run without Spring. */
public final class GraphTestAccess {

	private GraphTestAccess() {
	}

	public static GraphReader reader(Driver driver, Duration timeout) {
		return new GraphReader(driver, new Database(null), new SimpleMeterRegistry(), timeout);
	}

	public static NamedQueries namedQueries() {
		return new NamedQueries(List.of(TraceLimits.cypher()));
	}

}
