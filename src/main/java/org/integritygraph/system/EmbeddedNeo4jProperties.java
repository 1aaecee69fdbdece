package org.integritygraph.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process Neo4j started when no {@code NEO4J_URI} is configured.
 *
 * @param dataDirectory where the database files live (created when missing)
 * @param boltHost the address the Bolt connector listens on (loopback by default)
 * @param boltPort the Bolt port; 0 picks a free one
 * @param transactionTimeout the server-side limit of any transaction
 * @param configFile further settings of the database, in Neo4j's own {@code neo4j.conf} format (the page
 * cache's size, the query log, ...); optional. The service's own settings (Bolt, authentication, the
 * transaction timeout, the plan cache's keys) take precedence over the file's.
 */
@ConfigurationProperties("integrity.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data") Path dataDirectory,
		@DefaultValue("localhost") String boltHost, @DefaultValue("7687") int boltPort,
		@DefaultValue("60s") Duration transactionTimeout, Path configFile) {

	/**
	 * Why the settings file cannot be read, when it is given and does not exist (Neo4j would start without it);
	 * empty otherwise.
	 */
	public Optional<String> configFileMissing() {
		return (this.configFile != null && !Files.isRegularFile(this.configFile))
				? Optional.of("integrity.embedded.config-file: no such file " + this.configFile.toAbsolutePath())
				: Optional.empty();
	}

}
