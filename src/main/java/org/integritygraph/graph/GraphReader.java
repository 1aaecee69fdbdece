package org.integritygraph.graph;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs read queries: every one in a read-only transaction (so a cluster routes it to a reader),
 * with the configured time limit, and with parameters only. It also counts the queries it runs
 * ({@code integrity.graph.queries}), which is how the API proves it batches its reads.
 */
@Component
public class GraphReader {

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final TransactionConfig transactionConfig;

	private final AtomicLong executed = new AtomicLong();

	public GraphReader(Driver driver, Database database, MeterRegistry meterRegistry,
			@Value("${integrity.query-timeout:30s}") Duration queryTimeout) {
		this.driver = driver;
		this.sessionConfig = database.readSession(driver);
		this.transactionConfig = TransactionConfig.builder().withTimeout(queryTimeout).build();
		FunctionCounter.builder("integrity.graph.queries", this.executed, AtomicLong::get)
			.description("Cypher read queries run by the API")
			.register(meterRegistry);
	}

	/** All rows of the query, each mapped. */
	public <T> List<T> list(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		this.executed.incrementAndGet();
		try (var session = this.driver.session(this.sessionConfig)) {
			Map<String, Object> values = new HashMap<>(parameters);
			return session.executeRead(tx -> tx.run(cypher, values).list(mapper::apply),
					this.transactionConfig);
		}
	}

	/** The first row of the query, mapped, if there is one. */
	public <T> Optional<T> one(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return list(cypher, parameters, mapper).stream().findFirst();
	}

	/** How many queries this reader has run since start-up. */
	public long queriesExecuted() {
		return this.executed.get();
	}

}
