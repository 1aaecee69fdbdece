package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Post;

/**
 * 领导链: the posts from a starting post up through {@code REPORTS_TO}, for the period
 * {@code [from, to)}: the reporting lines valid on {@code from} are followed, and each step lists every
 * holder whose tenure overlaps the period (a chain on one date D has the period {@code [D, D+1)}).
 *
 * @param cycle true when the reporting lines loop; the steps stop before the repeat and
 * {@code cycleAt} is the post that would repeat
 * @param truncated true when the chain was cut at the hop limit ({@link TraceLimits#CHAIN_HOPS})
 * @param reachesPrincipal true when the last step is the principal post (一把手) of a people's government
 */
public record LeadershipChain(LocalDate from, LocalDate to, List<ChainStep> steps, boolean cycle, Post cycleAt,
		boolean truncated, boolean reachesPrincipal) {
}
