package org.integritygraph.report;

import java.util.List;
import java.util.Set;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.CommitmentEvent;
import org.integritygraph.model.entity.Contract;
import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Link;
import org.integritygraph.trace.ResponsibilityTrace;

/**
 * 承诺 with its maker, signature, contract, beneficiaries and status history up to the report's date.
 * {@code statusOn} is the status on that date (the last change up to it; the stored status when the commitment
 * has no history). For an overdue or broken commitment, {@code accountability} is its {@code responsibilityTrace}
 * as of the report's date: who answered for it then and who answers now.
 */
public record ReportCommitment(Commitment commitment, String statusOn, Body madeBy, Link signature,
		Contract contract, List<Entity> beneficiaries, List<CommitmentEvent> history,
		ResponsibilityTrace accountability, List<Document> sources) {

	private static final Set<String> TRACED = Set.of("OVERDUE", "BROKEN");

	static boolean needsAccountability(String status) {
		return TRACED.contains(status);
	}

}
