package org.integritygraph.body;

import java.time.LocalDate;

/** A dated {@code PART_OF} link to a parent body. */
record PartOf(Body parent, LocalDate from, LocalDate to) {
}
