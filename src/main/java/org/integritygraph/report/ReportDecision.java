package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/** 重大决策 with its 文号, who decided it and the phase it fell in ({@code null}: outside every phase). */
public record ReportDecision(String id, String docNo, String title, LocalDate decidedOn, String summary,
		String phaseId, List<Ref> decidedBy, List<SourceRef> sources) {
}
