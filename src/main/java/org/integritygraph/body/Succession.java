package org.integritygraph.body;

import java.time.LocalDate;

/** A {@code SUCCEEDED_BY} link seen from one side: the other body, the date and the reason (机构改革). */
record Succession(Body body, LocalDate on, String reason) {
}
