package org.integritygraph.trace;

import java.util.Map;

import org.integritygraph.graph.QueryConstants;

import org.springframework.stereotype.Component;

/**
 * The bounds of every trace, declared once: the service checks arguments against them and the Cypher of
 * {@code queries/trace/} and {@code queries/fragment/} receives them as placeholders ({@code ${CHAIN_HOPS}}).
 */
@Component
public final class TraceLimits implements QueryConstants {

	/** The longest leadership chain followed (REPORTS_TO hops). */
	public static final int CHAIN_HOPS = 20;

	/** The longest reorganisation history followed (SUCCEEDED_BY hops). */
	public static final int SUCCESSION_HOPS = 10;

	/** The deepest body hierarchy followed to find whether a post is under a body (PART_OF hops). */
	public static final int PART_OF_HOPS = 5;

	/** The most hops of {@code connections}. */
	public static final int MAX_PATH_HOPS = 6;

	/** The most paths {@code connections} returns. */
	public static final int MAX_PATHS = 25;

	/** The deepest {@code neighbourhood}. */
	public static final int MAX_DEPTH = 3;

	/** The largest page of links per relationship type. */
	public static final int MAX_FIRST = 100;

	/** The most edges of a neighbourhood's drawing. */
	public static final int GRAPH_EDGES = 1000;

	/** The most items of any list of a trace (phases, holders, acts, commitments ...). */
	public static final int MAX_ITEMS = 200;

	/**
	 * The placeholders of the trace queries. A list is read one item beyond its bound ({@code _PLUS_ONE}), so
	 * that the service can tell that it was cut.
	 */
	private static final Map<String, Object> CYPHER = Map.of("CHAIN_HOPS", CHAIN_HOPS, "SUCCESSION_HOPS",
			SUCCESSION_HOPS, "PART_OF_HOPS", PART_OF_HOPS, "MAX_PATH_HOPS", MAX_PATH_HOPS, "MAX_PATHS_PLUS_ONE", MAX_PATHS + 1, "GRAPH_EDGES",
			GRAPH_EDGES, "GRAPH_EDGES_PLUS_ONE", GRAPH_EDGES + 1, "MAX_ITEMS_PLUS_ONE", MAX_ITEMS + 1);

	public TraceLimits() {
	}

	@Override
	public Map<String, Object> constants() {
		return CYPHER;
	}

	/** The placeholders and their values, for code that loads the queries without Spring. */
	public static QueryConstants cypher() {
		return () -> CYPHER;
	}

}
