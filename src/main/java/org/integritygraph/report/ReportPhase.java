package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/** 项目阶段 over {@code [from, to)} with who answered for it and the decisions taken during it. */
public record ReportPhase(String id, String stage, LocalDate from, LocalDate to,
		List<ReportResponsibility> responsibilities, List<ReportDecision> decisions, List<SourceRef> sources) {
}
