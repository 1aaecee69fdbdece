package org.integritygraph.api;

import java.time.LocalDate;
import java.util.List;

/** Arguments of {@code records(filter:)}; the decision-date range is closed-open. */
record RecordFilter(List<String> kind, List<String> severity, List<String> status, String againstId,
		String issuerId, LocalDate decidedFrom, LocalDate decidedBefore) {
}
