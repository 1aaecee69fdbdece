package org.integritygraph.audit;

import java.util.List;

/**
 * A page of the change feed: the changes of the entries read, in commit order, where the next page starts,
 * and whether more is committed already.
 */
public record ChangeFeed(List<RecordedChange> changes, String cursor, boolean hasMore) {
}
