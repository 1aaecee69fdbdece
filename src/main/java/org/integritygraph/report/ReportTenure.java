package org.integritygraph.report;

import java.time.LocalDate;

/** 任职: a person holding a post over {@code [from, to)}. */
public record ReportTenure(Ref person, LocalDate from, LocalDate to) {
}
