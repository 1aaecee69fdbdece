package org.integritygraph.ingest;

import java.util.Optional;
import java.util.stream.Collectors;

import org.integritygraph.graph.Database;
import org.integritygraph.security.Actor;
import org.integritygraph.system.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Loads the sample data into a graph without any {@code :Entity} node, once the schema is in
 * place and before the web server serves requests, so that a fresh service has something to
 * show. A graph with data is never touched.
 */
@Component
class SampleDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

	private final SampleProperties properties;

	private final JsonlImporter importer;

	private final ResourceLoader resourceLoader;

	private final Driver driver;

	private final QueryConfig readQueries;

	private final SchemaMigrations schema;

	SampleDataLoader(SampleProperties properties, JsonlImporter importer, ResourceLoader resourceLoader,
			Driver driver, Database database, SchemaMigrations schema) {
		this.schema = schema;
		this.properties = properties;
		this.importer = importer;
		this.resourceLoader = resourceLoader;
		this.driver = driver;
		this.readQueries = QueryConfig.builder()
			.withRouting(RoutingControl.READ)
			.withDatabase(database.name())
			.build();
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.schema.ensureApplied();
		loadIfEmpty();
	}

	/** Loads the sample when enabled and the graph has no entity; what it loaded, if anything. */
	Optional<ImportResult> loadIfEmpty() {
		if (!this.properties.enabled()) {
			return Optional.empty();
		}
		if (graphHasEntities()) {
			log.debug("The graph has data; no sample loaded");
			return Optional.empty();
		}
		var resource = this.resourceLoader.getResource(this.properties.resource());
		if (!resource.exists()) {
			throw new IllegalStateException("Sample data " + this.properties.resource() + " not found");
		}
		var result = this.importer.importResource(resource,
				Actor.of(Actor.Channel.IMPORT, "sample-data", this.properties.resource()));
		if (!result.succeeded()) {
			throw new IllegalStateException("Sample data %s is invalid:%n%s".formatted(this.properties.resource(),
					result.errors().stream().map(ImportError::message).collect(Collectors.joining("\n"))));
		}
		log.info("The graph was empty: loaded the sample data {}", this.properties.resource());
		return Optional.of(result);
	}

	private boolean graphHasEntities() {
		return this.driver.executableQuery("RETURN EXISTS { MATCH (:Entity) } AS present")
			.withConfig(this.readQueries)
			.execute()
			.records()
			.getFirst()
			.get("present")
			.asBoolean();
	}

}
