package org.integritygraph.trace;

import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Post;

/**
 * One step of a leadership chain: a post, its body, who held it in the chain's period, the days of the period
 * (as far as known) on which nobody did ({@code vacancies}; {@code vacant} when there are any) and the
 * {@code REPORTS_TO} edge to the next step ({@code null} at the top).
 */
public record ChainStep(int position, Post post, Body body, List<Holding> holders, boolean vacant,
		List<Period> vacancies, TraceEdge reportsTo) {
}
