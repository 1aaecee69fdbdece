package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * 项目责任回溯报告: everything the graph knows about who was responsible for a project, when, and who
 * answers for it on {@code at}, as one document. Facts dated after {@code at} are left out, so a report
 * for a past date reads as it would have then.
 *
 * @param project the project summary
 * @param at the as-of date
 * @param phases the phases begun by {@code at}, with who answered for each and their leadership chains
 * @param decisions every major decision (重大决策) on the project, oldest first
 * @param contracts the project's contracts
 * @param commitments commitments (承诺) for the project or under its contracts, by due date
 * @param records integrity records concerning the project or against its responsible persons
 * @param provenance where every fact comes from, when the report was made and from which data
 */
public record RecallReport(ReportProject project, LocalDate at, List<ReportPhase> phases,
		List<ReportDecision> decisions, List<ReportContract> contracts, List<ReportCommitment> commitments,
		List<ReportRecord> records, ReportProvenance provenance) {

	/** The persons who answered for a phase (holders of its responsible posts, or assigned directly). */
	public List<Ref> responsiblePersons() {
		return this.phases.stream()
			.flatMap(phase -> phase.responsibilities().stream())
			.flatMap(responsibility -> responsibility.holders().stream())
			.map(ReportHolder::person)
			.distinct()
			.toList();
	}

}
