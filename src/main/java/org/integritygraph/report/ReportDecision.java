package org.integritygraph.report;

import java.util.List;

import org.integritygraph.model.entity.Decision;
import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Phase;
import org.integritygraph.trace.ActTrace;

/**
 * 重大决策 with who decided it (bodies first), the phase it fell in ({@code null}: outside every phase), the
 * deciders' posts and chains on the day and who answers now ({@code acts}, from {@code projectAccountability})
 * and its source documents.
 */
public record ReportDecision(Decision decision, List<Entity> decidedBy, Phase phase, List<ActTrace> acts,
		List<Document> sources) {
}
