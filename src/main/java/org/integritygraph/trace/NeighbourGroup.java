package org.integritygraph.trace;

import java.util.List;

/**
 * The centre's links of one relationship type and direction ({@code OUT}/{@code IN}), one page of them:
 * {@code totalCount} says how many there are, {@code endCursor} continues after this page.
 */
public record NeighbourGroup(String type, String direction, int totalCount, List<Neighbour> neighbours,
		boolean hasNextPage, String endCursor) {
}
