package org.integritygraph.trace;

/** The bounds of every trace; the Cypher of {@code queries/trace/} uses the same numbers. */
public final class TraceLimits {

	/** The longest leadership chain followed (REPORTS_TO hops). */
	public static final int CHAIN_HOPS = 20;

	/** The longest reorganisation history followed (SUCCEEDED_BY hops). */
	public static final int SUCCESSION_HOPS = 10;

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

	private TraceLimits() {
	}

}
