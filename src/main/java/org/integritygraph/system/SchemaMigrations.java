package org.integritygraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.integritygraph.graph.Database;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the numbered migrations of {@code graph-schema/} (packaged on the class path) before
 * anything else touches the database: once every bean is made (the embedded database starts meanwhile,
 * and this waits for it), before the context is refreshed and the web server serves. Each migration is
 * applied once; a changed applied migration fails the start-up rather than being silently ignored.
 */
@Component
public class SchemaMigrations implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	static final String LOCATION = "classpath:graph-schema";

	private final Driver driver;

	private final String database;

	private final Optional<EmbeddedNeo4j> embedded;

	private boolean applied;

	/** For a database that is running (an external one). */
	public SchemaMigrations(Driver driver, Database database) {
		this(driver, database, Optional.empty());
	}

	@Autowired
	SchemaMigrations(Driver driver, Database database, Optional<EmbeddedNeo4j> embedded) {
		this.driver = driver;
		this.database = database.name();
		this.embedded = embedded;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ensureApplied();
	}

	/** Applies the pending migrations once, after the embedded database (if any) has started. */
	public synchronized void ensureApplied() {
		if (this.applied) {
			return;
		}
		this.embedded.ifPresent(EmbeddedNeo4j::awaitStarted);
		var started = System.nanoTime();
		var version = apply(this.driver, this.database);
		log.info("Graph schema is at version {} (checked in {} ms)", version.map(Object::toString).orElse("(none)"),
				(System.nanoTime() - started) / 1_000_000);
		this.applied = true;
	}

	/**
	 * Applies the pending migrations of {@code graph-schema/} to {@code database}; the tests
	 * prepare their database with this, too.
	 * @return the schema version afterwards
	 */
	public static Optional<MigrationVersion> apply(Driver driver, String database) {
		var config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withDatabase(database)
			.withInstalledBy("integrity-graph")
			.withResourceScanner(SchemaMigrations::migrationFiles)
			.build();
		return new Migrations(config, driver).apply();
	}

	/**
	 * The migration files of the locations: looked up by their folder on the class path, instead of the
	 * library's scan of every jar of the class path (hundreds, with the embedded database), which took
	 * seconds of every start-up.
	 */
	static List<URL> migrationFiles(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
		var files = new ArrayList<URL>();
		for (var location : locations) {
			var folder = location.replaceFirst("^classpath\\*?:", "").replaceFirst("^/+", "");
			try {
				for (var resource : resolver.getResources("classpath*:" + folder + "/*.cypher")) {
					files.add(resource.getURL());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list the migrations in " + location, ex);
			}
		}
		return files;
	}

}
