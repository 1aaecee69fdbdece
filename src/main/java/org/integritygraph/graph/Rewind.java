package org.integritygraph.graph;

import java.time.OffsetDateTime;

import org.neo4j.driver.SimpleQueryRunner;

/**
 * Puts the graph back, inside a transaction that is always rolled back, into the state recorded at an
 * instant: the audit trail undoes, newest first, every change it recorded after it. {@link GraphReader}
 * runs its queries after it when a read is {@link KnownAt as of a recorded time}.
 */
public interface Rewind {

	/** Undoes in {@code tx} every change recorded after {@code knownAt}. */
	void rewind(SimpleQueryRunner tx, OffsetDateTime knownAt);

}
