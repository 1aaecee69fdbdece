package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A responsibility for a phase (政府方责任人) over {@code [from, to)}: assigned to a {@code post} or
 * directly to a {@code person}, with everybody who held it in that time (none: the post was vacant).
 */
public record ReportResponsibility(String role, LocalDate from, LocalDate to, ReportPost post, Ref person,
		List<ReportHolder> holders) {

	public boolean vacant() {
		return this.holders.isEmpty();
	}

}
