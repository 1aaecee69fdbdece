package org.integritygraph.system;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.driver.Driver;

/**
 * The embedded database started on its own, without the application around it, with the schema migrations of
 * {@code graph-schema/} applied: for a command that prepares a store and stops (the first start after a bulk load
 * builds every constraint and index there). Started as the application starts it ({@link EmbeddedNeo4j}: the
 * same settings, a new Bolt password), on a free loopback port and without a transaction time limit (a
 * constraint over a province is built in one transaction).
 */
public final class EmbeddedStore implements AutoCloseable {

	private final EmbeddedNeo4j neo4j;

	private final Driver driver;

	private EmbeddedStore(EmbeddedNeo4j neo4j) {
		this.neo4j = neo4j;
		this.driver = neo4j.driver();
	}

	/**
	 * Starts the database of the data folder {@code dataDirectory}, with the further settings of {@code configFile}
	 * when not null ({@link EmbeddedNeo4jProperties#configFile}), and applies the pending migrations to
	 * {@code database}; the caller closes it (which stops the database).
	 */
	public static EmbeddedStore startMigrated(Path dataDirectory, Path configFile, String database) {
		var store = new EmbeddedStore(EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(dataDirectory, "localhost", 0, Duration.ZERO, configFile)));
		try {
			store.neo4j.awaitStarted();
			SchemaMigrations.apply(store.driver, database);
			return store;
		}
		catch (RuntimeException ex) {
			store.close();
			throw ex;
		}
	}

	/** A driver connected to it. */
	public Driver driver() {
		return this.driver;
	}

	@Override
	public void close() {
		try {
			this.driver.close();
		}
		finally {
			this.neo4j.close();
		}
	}

}
