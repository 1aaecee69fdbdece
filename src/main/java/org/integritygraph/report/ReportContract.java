package org.integritygraph.report;

import java.util.List;

import org.integritygraph.model.entity.Contract;
import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Link;
import org.integritygraph.trace.ActTrace;

/**
 * 合同 with its parties and roles (government side first), its signatures with the signers' posts and chains on
 * the day and who answers now ({@code signatures}, from {@code projectAccountability}) and its sources.
 */
public record ReportContract(Contract contract, List<Link> parties, List<ActTrace> signatures,
		List<Document> sources) {
}
