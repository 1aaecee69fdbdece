package org.integritygraph.person;

import java.time.LocalDate;

/** 任职: a {@code HELD} relationship, person to post, over {@code [from, to)}. */
public record Tenure(String personId, String postId, LocalDate from, LocalDate to) {
}
