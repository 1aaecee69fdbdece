package org.integritygraph.person;

/** Arguments of {@code persons(filter:)}. */
record PersonFilter(String name) {
}
