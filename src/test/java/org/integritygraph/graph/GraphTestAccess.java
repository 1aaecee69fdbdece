package org.integritygraph.graph;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.Driver;


/** Builds the package-private graph components for query tests that run without Spring. */
public final class GraphTestAccess {

	private GraphTestAccess() {
	}

	public static GraphReader reader(Driver driver, Duration timeout) {
		return new GraphReader(driver, new Database(null), new SimpleMeterRegistry(), timeout);
	}

	public static NamedQueries namedQueries() {
		return new NamedQueries();
	}

}
