package org.integritygraph.report;

import java.util.List;

/** One step up a leadership chain (领导链): a superior post and whoever held it in the period (none: vacant). */
public record ReportChainStep(ReportPost post, List<ReportTenure> holders) {
}
