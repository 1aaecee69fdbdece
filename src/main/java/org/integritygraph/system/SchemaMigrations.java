package org.integritygraph.system;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jProperties;
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

	SchemaMigrations(Driver driver, DataNeo4jProperties dataNeo4jProperties) {
		this.driver = driver;
		this.database = dataNeo4jProperties.getDatabase();
	}

	@Override
	public void afterPropertiesSet() {
		var config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withDatabase(this.database)
			.withInstalledBy("integrity-graph")
			.build();
		var applied = new Migrations(config, this.driver).apply();
		log.info("Graph schema is at version {}", applied.map(Object::toString).orElse("(none)"));
	}

}
