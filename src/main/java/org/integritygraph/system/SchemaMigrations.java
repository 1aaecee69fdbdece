package org.integritygraph.system;

import java.util.Optional;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.integritygraph.graph.Database;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the numbered migrations of {@code graph-schema/} (packaged on the class path) before
 * anything else touches the database. Each migration is applied once; a changed applied migration
 * fails the start-up rather than being silently ignored.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	static final String LOCATION = "classpath:graph-schema";

	private final Driver driver;

	private final String database;

	SchemaMigrations(Driver driver, Database database) {
		this.driver = driver;
		this.database = database.name();
	}

	@Override
	public void afterPropertiesSet() {
		var applied = apply(this.driver, this.database);
		log.info("Graph schema is at version {}", applied.map(Object::toString).orElse("(none)"));
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
			.build();
		return new Migrations(config, driver).apply();
	}

}
