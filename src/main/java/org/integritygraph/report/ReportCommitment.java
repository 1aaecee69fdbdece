package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * 承诺 with its maker, signer, due date and status history. {@code status} is the status on the report's
 * date (the last change up to it; the stored status when the commitment has no history). For an overdue
 * or broken commitment, {@code accountability} says who answered for it then and who answers now.
 */
public record ReportCommitment(String id, String title, String kind, String status, LocalDate madeOn, LocalDate dueOn,
		Double amount, String currency, Ref madeBy, ReportSignature signature, String contractId,
		String contractTitle, List<Ref> beneficiaries, List<ReportStatusChange> history,
		ReportAccountability accountability, List<SourceRef> sources) {

	/** A change of status (承诺状态变更). */
	public record ReportStatusChange(String status, LocalDate on, String actor, String reason) {
	}

	static boolean needsAccountability(String status) {
		return "OVERDUE".equals(status) || "BROKEN".equals(status);
	}

}
