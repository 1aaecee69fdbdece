package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A person who answered for a phase: the tenure (任职) of the post, the part of it within the
 * responsibility ({@code overlapFrom}/{@code overlapTo}, {@code null} = open) and the leadership chain
 * above the post as it was then (the reporting lines valid on {@code overlapFrom}).
 */
public record ReportHolder(Ref person, ReportPost post, LocalDate tenureFrom, LocalDate tenureTo,
		LocalDate overlapFrom, LocalDate overlapTo, List<ReportChainStep> chain) {
}
