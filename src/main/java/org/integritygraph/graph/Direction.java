package org.integritygraph.graph;

import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.SortItem;

/** Sort direction of the list queries. */
public enum Direction {

	ASC, DESC;

	public SortItem sort(Expression expression) {
		return (this == ASC) ? expression.ascending() : expression.descending();
	}

}
