package org.integritygraph.system;

import org.integritygraph.graph.Database;
import org.integritygraph.graph.InProcessReads;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Starts Neo4j inside this JVM, persisted under {@code integrity.embedded.data-directory}, with its
 * Bolt connector on loopback so that cypher-shell and other Bolt tools reach the same database, as the user
 * {@code neo4j} with a password generated at every start ({@link BoltPassword}). The
 * application writes through the ordinary driver, exactly as to an external server or cluster, and reads
 * in this process ({@link InProcessReads}).
 * <p>
 * The database starts on a thread of its own ({@link EmbeddedNeo4j}): when the service starts, as soon as
 * its configuration is read ({@link EmbeddedNeo4jEarlyStart}), otherwise when this configuration's first bean is made.
 * Nothing waits for it but the first query: the schema migrations, after every bean is made.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties);
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedNeo4j embeddedNeo4j) {
		// connects at the first query, which waits for the database's start (SchemaMigrations)
		return embeddedNeo4j.driver();
	}

	/**
	 * The application's reads run in this process, without the Bolt hop (writes, the schema migrations and
	 * reads as of a recorded time go through the driver).
	 */
	@Bean
	InProcessReads inProcessReads(EmbeddedNeo4j embeddedNeo4j, Database database) {
		return new InProcessReads(() -> embeddedNeo4j.awaitStarted()
			.database((database.name() != null) ? database.name() : GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
	}

	/** After the request path's and the token's warm-ups (class loading), before the trace queries'. */
	@Bean
	@Order(1)
	PageCacheWarmUp pageCacheWarmUp(EmbeddedNeo4j embeddedNeo4j) {
		return new PageCacheWarmUp(embeddedNeo4j::awaitStarted);
	}

}
