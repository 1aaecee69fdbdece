package org.integritygraph.trace;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;

import org.springframework.stereotype.Component;

/** Runs the Cypher of {@code queries/trace/} through {@link GraphReader} and maps the rows to records. */
@Component
class TraceQueries {

	private final GraphReader reader;

	private final NamedQueries queries;

	TraceQueries(GraphReader reader, NamedQueries queries) {
		this.reader = reader;
		this.queries = queries;
	}

}
