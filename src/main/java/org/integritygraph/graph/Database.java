package org.integritygraph.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.SessionConfig;

import org.springframework.util.StringUtils;

/**
 * The one choice of the database the application reads and writes ({@code NEO4J_DATABASE}, i.e.
 * {@code spring.data.neo4j.database}; blank means the server's default), and the sessions on it. Reads and
 * writes share the driver's bookmark manager, so a read after a write sees it, also on a cluster.
 *
 * @param name the database name, or null for the server's default
 */
public record Database(String name) {

	public static Database named(String name) {
		return new Database(StringUtils.hasText(name) ? name : null);
	}

	/** A session whose transactions are routed to readers of a cluster. */
	public SessionConfig readSession(Driver driver) {
		return session(driver, AccessMode.READ);
	}

	/** A session whose transactions are routed to the writer of a cluster. */
	public SessionConfig writeSession(Driver driver) {
		return session(driver, AccessMode.WRITE);
	}

	/** For {@code driver.executableQuery(...)}. */
	public QueryConfig queryConfig() {
		var config = QueryConfig.builder();
		if (this.name != null) {
			config.withDatabase(this.name);
		}
		return config.build();
	}

	private SessionConfig session(Driver driver, AccessMode mode) {
		var session = SessionConfig.builder()
			.withDefaultAccessMode(mode)
			.withBookmarkManager(driver.executableQueryBookmarkManager());
		if (this.name != null) {
			session.withDatabase(this.name);
		}
		return session.build();
	}

}
