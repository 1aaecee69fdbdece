package org.integritygraph.api;

import java.time.LocalDate;
import java.util.List;

/** Arguments of {@code commitments(filter:)}; the due range is closed-open. */
record CommitmentFilter(List<String> status, List<String> kind, String bodyId, LocalDate dueFrom,
		LocalDate dueBefore) {
}
