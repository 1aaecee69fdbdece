package org.integritygraph.trace;

import java.time.LocalDate;

/**
 * A relationship of a trace, with the dates that justify it: {@code validFrom}/{@code validTo} are its
 * closed-open interval ({@code from}/{@code to} of HELD, REPORTS_TO, PART_OF, RESPONSIBLE), {@code on}
 * its event date (SIGNED_BY, SUCCEEDED_BY), {@code role} its role (PARTY, RESPONSIBLE).
 */
public record TraceEdge(String source, String target, String type, LocalDate validFrom, LocalDate validTo,
		LocalDate on, String role) {
}
