package org.integritygraph.report;

import java.util.List;

import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Phase;
import org.integritygraph.trace.PhaseResponsibility;

/**
 * 项目阶段 in a report: the phase and who answered for it, as {@code projectAccountability} traced them (every
 * holder with the overlap dates and the chain then, the vacancies, who answers now), with the decisions taken
 * during it and its source documents.
 */
public record ReportPhase(Phase phase, List<PhaseResponsibility> responsibilities, List<ReportDecision> decisions,
		List<Document> sources) {
}
