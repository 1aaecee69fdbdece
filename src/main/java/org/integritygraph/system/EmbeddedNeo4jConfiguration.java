package org.integritygraph.system;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside this JVM, persisted under {@code integrity.embedded.data-directory}, with its
 * Bolt connector on loopback so that cypher-shell and other Bolt tools reach the same database, as the user
 * {@code neo4j} with a password generated at every start ({@link BoltPassword}). The
 * application itself talks to it through the ordinary driver, exactly as it talks to an external
 * server or cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		var started = System.nanoTime();
		var dbms = new DatabaseManagementServiceBuilder(properties.dataDirectory().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			// Bolt requires the password of the user neo4j, new at every start (BoltPassword)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
			.build();
		BoltPassword.setNew(dbms, properties.dataDirectory());
		if (!BoltPassword.loopback(properties.boltHost())) {
			log.warn("The embedded Bolt connector listens on {}, not only on loopback: it is password-protected "
					+ "but not encrypted", properties.boltHost());
		}
		log.info("Embedded Neo4j started in {} ms, data in {}, Bolt on {} (user neo4j, password in {})",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
				properties.dataDirectory().toAbsolutePath(), boltUri(dbms), BoltPassword.file(properties.dataDirectory()));
		return dbms;
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(DatabaseManagementService embeddedNeo4j, EmbeddedNeo4jProperties properties) {
		var driver = GraphDatabase.driver(boltUri(embeddedNeo4j),
				AuthTokens.basic(BoltPassword.USER, BoltPassword.read(properties.dataDirectory())),
				Config.builder().withUserAgent("integrity-graph").build());
		driver.verifyConnectivity();
		return driver;
	}

	/** The actual Bolt address, also when the configured port was 0. */
	static URI boltUri(DatabaseManagementService dbms) {
		var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = api.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return URI.create("bolt://" + address.getHost() + ":" + address.getPort());
	}

}
