package org.integritygraph.graph;

import java.time.Duration;
import java.time.Instant;
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

	private final Duration queryTimeout;

	private final TransactionConfig transactionConfig;

	private final AtomicLong executed = new AtomicLong();

	GraphReader(Driver driver, Database database, MeterRegistry meterRegistry,
			@Value("${integrity.query-timeout:30s}") Duration queryTimeout) {
		this.driver = driver;
		this.sessionConfig = database.readSession(driver);
		this.queryTimeout = queryTimeout;
		this.transactionConfig = TransactionConfig.builder().withTimeout(queryTimeout).build();
		FunctionCounter.builder("integrity.graph.queries", this.executed, AtomicLong::get)
			.description("Cypher read queries run by the API")
			.register(meterRegistry);
	}

	/**
	 * All rows of the query, each mapped, as the operator reads them (everything visible, the configured time
	 * limit). Requests of the API read with {@link #list(Viewer, String, Map, Function)}.
	 */
	public <T> List<T> list(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return run(cypher, new HashMap<>(parameters), this.transactionConfig, mapper);
	}

	/**
	 * All rows of the query as {@code viewer} may see them: the query gets the disclosure parameter its
	 * visibility predicates read, and its transaction ends at the viewer's deadline (or the configured limit,
	 * whichever comes first). Past the deadline no query starts.
	 * @throws DeadlineExceededException when the request has no time left
	 */
	public <T> List<T> list(Viewer viewer, String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return run(cypher, viewer.with(parameters), transactionConfig(viewer), mapper);
	}

	/** The first row of the query as {@code viewer} may see it, mapped, if there is one. */
	public <T> Optional<T> one(Viewer viewer, String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return list(viewer, cypher, parameters, mapper).stream().findFirst();
	}

	private <T> List<T> run(String cypher, Map<String, Object> values, TransactionConfig config,
			Function<Record, T> mapper) {
		this.executed.incrementAndGet();
		try (var session = this.driver.session(this.sessionConfig)) {
			return session.executeRead(tx -> tx.run(cypher, values).list(mapper::apply), config);
		}
	}

	private TransactionConfig transactionConfig(Viewer viewer) {
		var left = viewer.timeLeft(Instant.now());
		if (left == null) {
			return this.transactionConfig;
		}
		if (left.toMillis() < 1) {
			throw new DeadlineExceededException();
		}
		return (left.compareTo(this.queryTimeout) < 0) ? TransactionConfig.builder().withTimeout(left).build()
				: this.transactionConfig;
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
