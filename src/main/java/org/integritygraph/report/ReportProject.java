package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/** 项目概况: the project's own facts, its implementing body (实施机构) and its source documents. */
public record ReportProject(String id, String name, String nameEn, String kind, String currentPhase, String status,
		Double budget, String currency, LocalDate startedOn, String description, Ref owner, List<SourceRef> sources) {
}
