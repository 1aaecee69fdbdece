package org.integritygraph.profile;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Entity;

/**
 * 信用档案: what the graph knows of the integrity of a body, person or company as of a date — its records with
 * their status then and the measures they brought, its commitments and how they fared, the measures in force on
 * the date, and a timeline. Only the records the caller may see are in it (and in its counts).
 *
 * @param predecessors the bodies the subject succeeded by the date (their records and commitments are in it)
 */
public record CreditProfile(Entity subject, SubjectType subjectType, LocalDate at, List<Body> predecessors,
		List<ProfileRecord> records, Counts recordCounts, List<ProfileCommitment> commitments,
		CommitmentCounts commitmentCounts, List<Measure> measures, List<TimelineEvent> timeline) {

	/** The measures in force on the profile's date. */
	public List<Measure> measuresInForce() {
		return this.measures.stream().filter(Measure::inForce).toList();
	}

	/** Counts of records by kind, severity, status on the date, and year decided. */
	public record Counts(int total, List<KeyCount> byKind, List<KeyCount> bySeverity, List<KeyCount> byStatus,
			List<KeyCount> byYear) {
	}

	public record KeyCount(String key, int count) {
	}

	/**
	 * Commitments by their status on the date: made (all), kept (FULFILLED), pending (not yet due), overdue,
	 * broken, waived (lawfully changed), and how many were inherited from predecessors; amounts in yuan.
	 */
	public record CommitmentCounts(int made, int kept, int pending, int overdue, int broken, int waived, int inherited,
			double overdueAmount, double brokenAmount) {
	}

	/**
	 * One dated event of the profile: a record decided or changed ({@code RECORD}, {@code event} the record event
	 * kind), a commitment's status change ({@code COMMITMENT}, {@code event} the status), a measure that started
	 * or ended ({@code MEASURE}, {@code event} STARTED or ENDED).
	 */
	public record TimelineEvent(LocalDate on, String type, String event, String refId, String title, String detail) {
	}

}
