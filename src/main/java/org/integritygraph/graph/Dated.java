package org.integritygraph.graph;

import java.time.LocalDate;

/** A data-loader key for a field that takes {@code at: Date}: the parent and the date asked for. */
public record Dated<P>(P parent, LocalDate at) {
}
