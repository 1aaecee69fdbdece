package org.integritygraph.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Map.entry;

/**
 * The lifecycles of the model, declared once: which event may happen to a record (政务失信记录) in which
 * status and what its status becomes; which status a commitment (承诺) may move to from which; in which order
 * the phases of a project follow each other. A status is always the result of the events so far: the
 * editing API refuses an event its lifecycle does not allow, and {@link #recordStatusAfter} recomputes a
 * status from the events.
 */
public final class Lifecycles {

	/** For each record event: the statuses it may happen in. */
	private static final Map<RecordEventKind, Set<RecordStatus>> RECORD_EVENT_FROM = Map.ofEntries(
			entry(RecordEventKind.OBJECTION_FILED, EnumSet.of(RecordStatus.RECORDED)),
			entry(RecordEventKind.OBJECTION_UPHELD, EnumSet.of(RecordStatus.OBJECTION_PENDING)),
			entry(RecordEventKind.OBJECTION_REJECTED, EnumSet.of(RecordStatus.OBJECTION_PENDING)),
			// a correction during an objection is a partial uphold; the objection stays pending
			entry(RecordEventKind.CORRECTED, EnumSet.of(RecordStatus.RECORDED, RecordStatus.OBJECTION_PENDING)),
			entry(RecordEventKind.REPAIR_APPLIED, EnumSet.of(RecordStatus.RECORDED)),
			entry(RecordEventKind.REPAIRED, EnumSet.of(RecordStatus.RECORDED)),
			entry(RecordEventKind.EXEMPTED, EnumSet.of(RecordStatus.RECORDED, RecordStatus.OBJECTION_PENDING)),
			entry(RecordEventKind.EXPIRED, EnumSet.of(RecordStatus.RECORDED)));

	/** For each record event that changes the status: the status after it. The others keep it. */
	private static final Map<RecordEventKind, RecordStatus> RECORD_EVENT_TO = Map.of(
			RecordEventKind.RECORDED, RecordStatus.RECORDED,
			RecordEventKind.OBJECTION_FILED, RecordStatus.OBJECTION_PENDING,
			RecordEventKind.OBJECTION_UPHELD, RecordStatus.REVOKED,
			RecordEventKind.OBJECTION_REJECTED, RecordStatus.RECORDED,
			RecordEventKind.REPAIRED, RecordStatus.REPAIRED,
			RecordEventKind.EXEMPTED, RecordStatus.EXEMPTED,
			RecordEventKind.EXPIRED, RecordStatus.EXPIRED);

	/** For each commitment status: the statuses it may change to (履行中 → 已履行 | 逾期 → 失信; 依法变更). */
	private static final Map<CommitmentStatus, Set<CommitmentStatus>> COMMITMENT_NEXT = Map.of(
			CommitmentStatus.PENDING,
			EnumSet.of(CommitmentStatus.FULFILLED, CommitmentStatus.OVERDUE, CommitmentStatus.WAIVED),
			CommitmentStatus.OVERDUE,
			EnumSet.of(CommitmentStatus.FULFILLED, CommitmentStatus.BROKEN, CommitmentStatus.WAIVED),
			CommitmentStatus.FULFILLED, EnumSet.noneOf(CommitmentStatus.class),
			CommitmentStatus.BROKEN, EnumSet.noneOf(CommitmentStatus.class),
			CommitmentStatus.WAIVED, EnumSet.noneOf(CommitmentStatus.class));

	private static final List<PhaseStage> PPP_STAGES = List.of(PhaseStage.IDENTIFICATION, PhaseStage.PREPARATION,
			PhaseStage.PROCUREMENT, PhaseStage.EXECUTION, PhaseStage.TRANSFER);

	private static final List<PhaseStage> INVESTMENT_STAGES = List.of(PhaseStage.APPROVAL,
			PhaseStage.CONSTRUCTION, PhaseStage.ACCEPTANCE, PhaseStage.OPERATION);

	private Lifecycles() {
	}

	/**
	 * The status of a record after an event of {@code kind}, or empty when the event cannot happen in
	 * {@code status} ({@code RECORDED} is the first event only).
	 */
	public static Optional<RecordStatus> recordStatusAfter(RecordStatus status, RecordEventKind kind) {
		if (kind == RecordEventKind.RECORDED) {
			return (status == null) ? Optional.of(RecordStatus.RECORDED) : Optional.empty();
		}
		if (status == null || !RECORD_EVENT_FROM.get(kind).contains(status)) {
			return Optional.empty();
		}
		return Optional.of(RECORD_EVENT_TO.getOrDefault(kind, status));
	}

	/** The statuses in which a record event of {@code kind} may happen. */
	public static Set<RecordStatus> recordStatusesAllowing(RecordEventKind kind) {
		return (kind == RecordEventKind.RECORDED) ? Set.of() : RECORD_EVENT_FROM.get(kind);
	}

	/** The status of a record whose events, oldest first, are {@code kinds}; empty when they break the lifecycle. */
	public static Optional<RecordStatus> recordStatusAfter(List<RecordEventKind> kinds) {
		RecordStatus status = null;
		for (var kind : kinds) {
			var next = recordStatusAfter(status, kind);
			if (next.isEmpty()) {
				return Optional.empty();
			}
			status = next.get();
		}
		return Optional.ofNullable(status);
	}

	/** Whether a commitment may change from {@code from} to {@code to}. */
	public static boolean commitmentMayChange(CommitmentStatus from, CommitmentStatus to) {
		return COMMITMENT_NEXT.get(from).contains(to);
	}

	/** The statuses from which a commitment may change to {@code to}. */
	public static Set<CommitmentStatus> commitmentStatusesAllowing(CommitmentStatus to) {
		var from = EnumSet.noneOf(CommitmentStatus.class);
		COMMITMENT_NEXT.forEach((status, next) -> {
			if (next.contains(to)) {
				from.add(status);
			}
		});
		return from;
	}

	/**
	 * The phases of a project of {@code kind} in their order: the five PPP stages for a PPP project, the
	 * stages of a government investment project otherwise.
	 */
	public static List<PhaseStage> stagesOf(ProjectKind kind) {
		return (kind == ProjectKind.PPP) ? PPP_STAGES : INVESTMENT_STAGES;
	}

}
