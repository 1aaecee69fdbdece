package org.integritygraph.graph;

import java.time.Duration;
import java.time.OffsetDateTime;
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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs read queries: every one in a read-only transaction (so a cluster routes it to a reader),
 * with the configured time limit, and with parameters only. It also counts the queries it runs
 * ({@code integrity.graph.queries}), which is how the API proves it batches its reads.
 * <p>
 * A read {@link KnownAt as of a recorded time} runs the same query, unchanged, in a write transaction that
 * first {@link Rewind rewinds} the graph to what was recorded then and is always rolled back: every query of
 * the API, the traces and the reports answers as of a recorded time through this one mechanism.
 */
@Component
public class GraphReader {

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final SessionConfig rewindSessionConfig;

	private final TransactionConfig transactionConfig;

	private final Rewind rewind;

	private final AtomicLong executed = new AtomicLong();

	GraphReader(Driver driver, Database database, MeterRegistry meterRegistry, Duration queryTimeout) {
		this(driver, database, meterRegistry, queryTimeout, (Rewind) null);
	}

	@Autowired
	GraphReader(Driver driver, Database database, MeterRegistry meterRegistry,
			@Value("${integrity.query-timeout:30s}") Duration queryTimeout, ObjectProvider<Rewind> rewind) {
		this(driver, database, meterRegistry, queryTimeout, (rewind != null) ? rewind.getIfAvailable() : null);
	}

	private GraphReader(Driver driver, Database database, MeterRegistry meterRegistry, Duration queryTimeout,
			Rewind rewind) {
		this.driver = driver;
		this.sessionConfig = database.readSession(driver);
		this.rewindSessionConfig = database.writeSession(driver);
		this.transactionConfig = TransactionConfig.builder().withTimeout(queryTimeout).build();
		this.rewind = rewind;
		KnownAt.register();
		FunctionCounter.builder("integrity.graph.queries", this.executed, AtomicLong::get)
			.description("Cypher read queries run by the API")
			.register(meterRegistry);
	}

	/** All rows of the query, each mapped; as of the current {@link KnownAt recorded time} if one is set. */
	public <T> List<T> list(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		var knownAt = KnownAt.current();
		if (knownAt.isPresent() && this.rewind != null) {
			return listAsRecorded(knownAt.get(), cypher, parameters, mapper);
		}
		return readLog(cypher, parameters, mapper);
	}

	/**
	 * All rows of a query over the append-only audit trail, never rewound: the trail's own as-of view is a
	 * filter on the time of its entries, which the query applies.
	 */
	public <T> List<T> readLog(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		this.executed.incrementAndGet();
		try (var session = this.driver.session(this.sessionConfig)) {
			Map<String, Object> values = new HashMap<>(parameters);
			return session.executeRead(tx -> tx.run(cypher, values).list(mapper::apply),
					this.transactionConfig);
		}
	}

	private <T> List<T> listAsRecorded(OffsetDateTime knownAt, String cypher, Map<String, ?> parameters,
			Function<Record, T> mapper) {
		this.executed.incrementAndGet();
		Map<String, Object> values = new HashMap<>(parameters);
		try (var session = this.driver.session(this.rewindSessionConfig);
				var tx = session.beginTransaction(this.transactionConfig)) {
			this.rewind.rewind(tx, knownAt);
			var rows = tx.run(cypher, values).list(mapper::apply);
			// what the rewind undid was never meant to last
			tx.rollback();
			return rows;
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
