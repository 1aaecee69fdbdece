package org.integritygraph.ingest;

import java.time.Duration;
import java.util.function.DoubleConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Waits until Neo4j has populated every index (after a bulk load, the schema migrations create them on a full
 * store): polls their state in short read transactions — one long wait would outlast the server's transaction
 * time limit — and reports the share populated.
 */
public final class IndexPopulation {

	private static final String STATE = """
			SHOW INDEXES YIELD name, state, populationPercent
			RETURN count(*) AS indexes, sum(CASE WHEN state = 'ONLINE' THEN 1 ELSE 0 END) AS online,
			       [index IN collect({name: name, state: state}) WHERE index.state = 'FAILED' | index.name] AS failed,
			       avg(populationPercent) AS percent""";

	private static final Duration POLL = Duration.ofSeconds(1);

	private IndexPopulation() {
	}

	/**
	 * Returns when every index is online.
	 *
	 * @param percent told the average population percentage after every poll
	 * @throws IllegalStateException when an index failed to populate
	 */
	public static void await(Driver driver, SessionConfig session, DoubleConsumer percent) throws InterruptedException {
		while (true) {
			org.neo4j.driver.Record row;
			try (var reading = driver.session(session)) {
				row = reading.executeRead(tx -> tx.run(STATE).single());
			}
			var failed = row.get("failed").asList(value -> value.asString());
			if (!failed.isEmpty()) {
				throw new IllegalStateException("Neo4j could not populate the index(es) " + failed
						+ "; its log (data folder, logs/) says why");
			}
			percent.accept(row.get("percent").asDouble(100));
			if (row.get("online").asLong() == row.get("indexes").asLong()) {
				return;
			}
			Thread.sleep(POLL);
		}
	}

}
