package org.integritygraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Project;
import org.integritygraph.trace.ProjectAccountability;

/**
 * 项目责任回溯报告: everything the graph knows about who was responsible for a project, when, and who
 * answers for it on {@code at}, as one document. Facts dated after {@code at} are left out, so a report
 * for a past date reads as it would have then. The accountability is the tracing feature's own answer
 * ({@link ProjectAccountability}, and a {@code ResponsibilityTrace} per overdue or broken commitment): the
 * report renders it, it does not decide who answers.
 *
 * @param project the project (its stored {@code status} and {@code phase} are today's; see {@code statusOn})
 * @param owner its implementing body (实施机构)
 * @param sources its source documents
 * @param at the as-of date
 * @param statusOn the project's status on {@code at} (derived from the phases for a past date)
 * @param phaseOn the stage of the phase running on {@code at}, else of the last one begun by then
 * @param accountability the trace of the project as of {@code at}
 * @param phases the phases begun by {@code at}: the trace's, with the decisions and sources of each
 * @param decisions every major decision (重大决策) on the project by {@code at}, oldest first
 * @param contracts the project's contracts signed by {@code at}
 * @param commitments commitments (承诺) for the project or under its contracts made by {@code at}, by due date
 * @param records integrity records concerning the project or against its responsible persons
 * @param provenance where every fact comes from, when the report was made and from which data
 */
public record RecallReport(Project project, Body owner, List<Document> sources, LocalDate at, String statusOn,
		String phaseOn, ProjectAccountability accountability, List<ReportPhase> phases, List<ReportDecision> decisions,
		List<ReportContract> contracts, List<ReportCommitment> commitments, List<ReportRecord> records,
		ReportProvenance provenance) {

	/** The persons who answered for a phase (holders of its responsible posts, or assigned directly). */
	public List<Person> responsiblePersons() {
		var persons = new LinkedHashMap<String, Person>();
		for (var phase : this.phases) {
			for (var responsibility : phase.responsibilities()) {
				if (responsibility.person() != null) {
					persons.putIfAbsent(responsibility.person().id(), responsibility.person());
				}
				responsibility.holders().forEach(holder -> persons.putIfAbsent(holder.person().id(), holder.person()));
			}
		}
		return new ArrayList<>(persons.values());
	}

}
