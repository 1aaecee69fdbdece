package org.integritygraph.node;

/** One search result: the entity, its relevance and its kind. */
record SearchHit(Object node, double score, SearchType type) {
}
