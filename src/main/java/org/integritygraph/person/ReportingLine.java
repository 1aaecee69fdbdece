package org.integritygraph.person;

import java.time.LocalDate;

/** A dated {@code REPORTS_TO} link to the superior post (分管关系). */
record ReportingLine(Post superior, LocalDate from, LocalDate to) {
}
