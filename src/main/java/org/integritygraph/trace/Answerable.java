package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Post;

/**
 * A post that answers for an act on a date, with who held it then, its leadership chain then, and why it
 * is in the trace ({@code basis}, a readable {@code reason} and the edges with their dates in {@code via}).
 * {@code today} lists who answers for it now (following tenure changes and {@code SUCCEEDED_BY}); it is
 * {@code null} where "now" was not asked.
 */
public record Answerable(Post post, Body body, AnswerBasis basis, LocalDate on, List<Holding> holders,
		boolean vacant, LeadershipChain chain, String reason, List<TraceEdge> via, List<Answerable> today) {
}
