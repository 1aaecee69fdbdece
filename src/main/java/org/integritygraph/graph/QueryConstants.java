package org.integritygraph.graph;

import java.util.Map;

/**
 * Named constants that the queries of {@code queries/} use as placeholders ({@code ${CHAIN_HOPS}}):
 * a feature declares its bounds once, in Java, and {@link NamedQueries} writes them into its Cypher.
 */
@FunctionalInterface
public interface QueryConstants {

	/** The constants by name (upper case); values are written into the Cypher as they print. */
	Map<String, Object> constants();

}
