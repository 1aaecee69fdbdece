package org.integritygraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Neo4j, starting on a thread of its own from the moment this object exists, so that the
 * application prepares its beans meanwhile. Its Bolt address and password are fixed before it starts
 * (a free port is taken when the configured one is 0), so a driver can be made at once; whatever runs a
 * query first waits for {@link #awaitStarted()} (the schema migrations do).
 */
final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final EmbeddedNeo4jProperties properties;

	private final URI boltUri;

	private final String password;

	private final CompletableFuture<DatabaseManagementService> started;

	private EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
		this.boltUri = URI.create("bolt://" + properties.boltHost() + ":" + port(properties));
		this.password = BoltPassword.generate();
		this.started = new CompletableFuture<>();
		Thread.ofPlatform().name("embedded-neo4j-start").start(() -> {
			try {
				this.started.complete(startDatabase());
			}
			catch (Throwable ex) {
				this.started.completeExceptionally(ex);
			}
		});
	}

	/** Starts the database in the background; see {@link #awaitStarted()}. */
	static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		return new EmbeddedNeo4j(properties);
	}

	URI boltUri() {
		return this.boltUri;
	}

	String password() {
		return this.password;
	}

	/**
	 * A driver of its Bolt connector as the user {@code neo4j}; it connects at its first query, which waits
	 * for the database's start.
	 */
	Driver driver() {
		return GraphDatabase.driver(this.boltUri, AuthTokens.basic(BoltPassword.USER, this.password),
				Config.builder().withUserAgent("integrity-graph").build());
	}

	/** The running database, once it has started; a failed start is thrown here. */
	DatabaseManagementService awaitStarted() {
		try {
			return this.started.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("The embedded Neo4j did not start", ex.getCause());
		}
	}

	/** Shuts the database down, after its start if it is still starting. */
	@Override
	public void close() {
		try {
			this.started.join().shutdown();
		}
		catch (CompletionException ex) {
			// it never started: nothing to shut down
		}
	}

	private DatabaseManagementService startDatabase() {
		var begun = System.nanoTime();
		var dataDirectory = this.properties.dataDirectory().toAbsolutePath();
		var builder = new DatabaseManagementServiceBuilder(dataDirectory);
		if (this.properties.configFile() != null) {
			this.properties.configFileMissing().ifPresent(missing -> {
				throw new IllegalStateException(missing);
			});
			// first, so that the settings below take precedence over the file's
			builder.loadPropertiesFromFile(this.properties.configFile());
		}
		var dbms = builder.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress(this.properties.boltHost(), this.boltUri.getPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			// Bolt requires the password of the user neo4j, new at every start (BoltPassword)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.transaction_timeout, this.properties.transactionTimeout())
			// no quiet period when Bolt stops (by default 5 s for each of its two connectors, at every shutdown):
			// the databases are stopped and their connections closed before it
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			// one plan per query text and parameter types: by default the plan cache also keys on the size bucket
			// (1, 10, 100, ...) of each string and list parameter, so a search for a 5-character text did not
			// find the plan of the warm-up's 11-character one and was planned again on a user's request
			.setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
			// expressions compiled with the plan: by default a query's expressions are compiled at its 10th run,
			// a plan of a few hundred ms that fell on whichever user's request that was
			.setConfig(GraphDatabaseInternalSettings.cypher_expression_engine,
					GraphDatabaseInternalSettings.CypherExpressionEngine.COMPILED)
			.build();
		try {
			BoltPassword.set(dbms, dataDirectory, this.password);
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
		if (!BoltPassword.loopback(this.properties.boltHost())) {
			log.warn("The embedded Bolt connector listens on {}, not only on loopback: it is password-protected "
					+ "but not encrypted", this.properties.boltHost());
		}
		log.info("Embedded Neo4j started in {} ms, data in {}, Bolt on {} (user neo4j, password in {})",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun), dataDirectory, this.boltUri,
				BoltPassword.file(dataDirectory));
		return dbms;
	}

	/** The configured Bolt port, or a free one when it is 0. */
	private static int port(EmbeddedNeo4jProperties properties) {
		if (properties.boltPort() != 0) {
			return properties.boltPort();
		}
		try (var socket = new ServerSocket(0, 1, InetAddress.getByName(properties.boltHost()))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the embedded Bolt connector on "
					+ properties.boltHost(), ex);
		}
	}

}
