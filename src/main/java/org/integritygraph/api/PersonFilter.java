package org.integritygraph.api;

/** Arguments of {@code persons(filter:)}. */
record PersonFilter(String name) {
}
