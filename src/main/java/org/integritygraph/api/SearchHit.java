package org.integritygraph.api;

import org.integritygraph.model.entity.Entity;

/** One search result: the entity, its relevance and its kind ({@code SearchType}, e.g. {@code BODY}). */
record SearchHit(Entity node, double score, String type) {
}
