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
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs read queries: every one in a read-only transaction of one round trip (so a cluster routes it to a
 * reader), with the configured time limit, and with parameters only; against the embedded database, in this
 * process ({@link InProcessReads}: no Bolt hop). It also counts the queries it runs
 * ({@code integrity.graph.queries}), which is how the API proves it batches its reads; at debug level it logs
 * each query with its time and row count.
 * <p>
 * A read {@link KnownAt as of a recorded time} runs the same query, unchanged, in the write transaction of its
 * request's scope, which first {@link Rewind rewinds} the graph to what was recorded then and is always rolled
 * back: every query of the API, the traces and the reports answers as of a recorded time through this one
 * mechanism.
 */
@Component
public class GraphReader {

	private static final Logger LOG = LoggerFactory.getLogger(GraphReader.class);

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final SessionConfig rewindSessionConfig;

	private final Duration queryTimeout;

	private final TransactionConfig transactionConfig;

	private final TransactionConfig rewindTransactionConfig;

	private final Rewind rewind;

	private final InProcessReads inProcess;

	private static final int REWIND_ATTEMPTS = 3;

	private final AtomicLong executed = new AtomicLong();

	/** A reader over Bolt without reads as of a recorded time, e.g. for query tests. */
	public GraphReader(Driver driver, Database database, MeterRegistry meterRegistry, Duration queryTimeout) {
		this(driver, database, meterRegistry, queryTimeout, queryTimeout, (Rewind) null, (InProcessReads) null);
	}

	/** A reader of a database in this process without reads as of a recorded time, e.g. for query tests. */
	public GraphReader(Driver driver, Database database, MeterRegistry meterRegistry, Duration queryTimeout,
			InProcessReads inProcess) {
		this(driver, database, meterRegistry, queryTimeout, queryTimeout, (Rewind) null, inProcess);
	}

	/**
	 * @param queryTimeout the limit of each read query
	 * @param knownAtTimeout the limit of the transaction of the reads of one request as of a recorded time
	 */
	@Autowired
	GraphReader(Driver driver, Database database, MeterRegistry meterRegistry,
			@Value("${integrity.query-timeout:30s}") Duration queryTimeout,
			@Value("${integrity.known-at.timeout:60s}") Duration knownAtTimeout, ObjectProvider<Rewind> rewind,
			ObjectProvider<InProcessReads> inProcess) {
		this(driver, database, meterRegistry, queryTimeout, knownAtTimeout,
				(rewind != null) ? rewind.getIfAvailable() : null, (inProcess != null) ? inProcess.getIfAvailable() : null);
	}

	private GraphReader(Driver driver, Database database, MeterRegistry meterRegistry, Duration queryTimeout,
			Duration knownAtTimeout, Rewind rewind, InProcessReads inProcess) {
		this.driver = driver;
		this.sessionConfig = database.readSession(driver);
		this.rewindSessionConfig = database.writeSession(driver);
		this.queryTimeout = queryTimeout;
		this.transactionConfig = TransactionConfig.builder().withTimeout(queryTimeout).build();
		this.rewindTransactionConfig = TransactionConfig.builder().withTimeout(knownAtTimeout).build();
		this.rewind = rewind;
		this.inProcess = inProcess;
		KnownAt.register();
		FunctionCounter.builder("integrity.graph.queries", this.executed, AtomicLong::get)
			.description("Cypher read queries run by the API")
			.register(meterRegistry);
	}

	/**
	 * All rows of the query, each mapped, as the operator reads them (everything visible, the configured time
	 * limit); as of the current {@link KnownAt recorded time} if one is set. Requests of the API read with
	 * {@link #list(Viewer, String, Map, Function)}.
	 */
	public <T> List<T> list(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return run(cypher, new HashMap<>(parameters), this.transactionConfig, mapper);
	}

	/**
	 * All rows of the query as {@code viewer} may see them: the query gets the disclosure parameter its
	 * visibility predicates read, and its transaction ends at the viewer's deadline (or the configured limit,
	 * whichever comes first). Past the deadline no query starts. As of the current {@link KnownAt recorded
	 * time} if one is set.
	 * @throws DeadlineExceededException when the request has no time left
	 */
	public <T> List<T> list(Viewer viewer, String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return run(cypher, viewer.with(parameters), transactionConfig(viewer), mapper);
	}

	/** The first row of the query as {@code viewer} may see it, mapped, if there is one. */
	public <T> Optional<T> one(Viewer viewer, String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return list(viewer, cypher, parameters, mapper).stream().findFirst();
	}

	/**
	 * All rows of a query over the append-only audit trail, never rewound: the trail's own as-of view is a
	 * filter on the time of its entries, which the query applies. Who may read it is checked before.
	 */
	public <T> List<T> readLog(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return read(cypher, new HashMap<>(parameters), this.transactionConfig, mapper);
	}

	private <T> List<T> run(String cypher, Map<String, Object> values, TransactionConfig config,
			Function<Record, T> mapper) {
		var scope = KnownAt.scope();
		if (scope.isPresent() && this.rewind != null) {
			this.executed.incrementAndGet();
			return scope.get().inTransaction(this::rewound, tx -> tx.run(cypher, values).list(mapper::apply));
		}
		return read(cypher, values, config, mapper);
	}

	/**
	 * One read: in this process when the database runs in it ({@link InProcessReads}), otherwise in one round
	 * trip, an auto-commit transaction of the read-only session (the server refuses a write in it, and a
	 * cluster routes it to a reader). A failure over Bolt the driver deems retryable (a leader or reader gone,
	 * a transient error) is retried as a managed read transaction, with the driver's retries.
	 */
	private <T> List<T> read(String cypher, Map<String, Object> values, TransactionConfig config,
			Function<Record, T> mapper) {
		this.executed.incrementAndGet();
		var started = LOG.isDebugEnabled() ? System.nanoTime() : 0;
		var rows = (this.inProcess != null) ? this.inProcess.read(cypher, values, config.timeout(), mapper)
				: overBolt(cypher, values, config, mapper);
		if (LOG.isDebugEnabled()) {
			LOG.debug("{} rows in {} ms:\n{}", rows.size(), (System.nanoTime() - started) / 1_000_000.0, cypher);
		}
		return rows;
	}

	private <T> List<T> overBolt(String cypher, Map<String, Object> values, TransactionConfig config,
			Function<Record, T> mapper) {
		try (var session = this.driver.session(this.sessionConfig)) {
			try {
				return session.run(cypher, values, config).list(mapper::apply);
			}
			catch (Neo4jException ex) {
				if (!(ex instanceof RetryableException)) {
					throw ex;
				}
			}
			return session.executeRead(tx -> tx.run(cypher, values).list(mapper::apply), config);
		}
	}

	/**
	 * The write transaction of a scope, rewound to its recorded time; never committed. A rewind that meets
	 * another one's locks (two as-of reads of the same entities) is retried.
	 */
	private Transaction rewound(KnownAt.Scope scope) {
		for (int attempt = 1;; attempt++) {
			var session = this.driver.session(this.rewindSessionConfig);
			var tx = session.beginTransaction(this.rewindTransactionConfig);
			try {
				this.rewind.rewind(tx, scope.at());
				scope.opened(session);
				return tx;
			}
			catch (TransientException ex) {
				tx.close();
				session.close();
				if (attempt == REWIND_ATTEMPTS) {
					throw ex;
				}
			}
			catch (RuntimeException ex) {
				tx.close();
				session.close();
				throw ex;
			}
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
		// whole milliseconds: the server's unit (the driver logs every fraction it rounds up)
		return (left.compareTo(this.queryTimeout) < 0)
				? TransactionConfig.builder().withTimeout(Duration.ofMillis(left.toMillis())).build()
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
