package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A responsibility for a phase (政府方责任人) over {@code [from, to)}: assigned to a {@code post} or
 * directly to a {@code person}, with everybody who held it in that time (none: the post was vacant) and
 * who answers for it on the report's date ({@code now}: the current holders of the post, or of its
 * successor after a reorganisation; for a person, of the posts they answered through).
 */
public record ReportResponsibility(String role, LocalDate from, LocalDate to, ReportPost post, Ref person,
		List<ReportHolder> holders, List<ReportAccountability.ReportAnswer> now) {

	public boolean vacant() {
		return this.holders.isEmpty();
	}

}
