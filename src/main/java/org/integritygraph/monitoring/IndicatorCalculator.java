package org.integritygraph.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.Record;
import org.integritygraph.profile.CommitmentHistory;
import org.integritygraph.profile.RecordHistory;

/**
 * Counts the indicators of one month from the facts of a region, in memory: every commitment, record and objection
 * is looked at once and added to the body it counts for and to the region as a whole. The definitions are those of
 * {@link IndicatorKey}; a month's window is the {@code windowMonths} months ending with it.
 */
final class IndicatorCalculator {

	private static final Set<String> NOT_COUNTED = Set.of("REVOKED", "EXEMPTED");

	/** Facts oldest first, then by id: the same order whatever order the database returned them in. */
	private static final Comparator<Fact> FACT_ORDER = Comparator.comparing(Fact::on, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Fact::id);

	private IndicatorCalculator() {
	}

	/** The value of an indicator and the facts behind it. */
	record Measured(double value, List<Fact> facts) {
	}

	/**
	 * The indicators of the month for the region (under its own id) and for each ranked body (under theirs).
	 *
	 * @param withFacts whether to keep the facts behind each value (only the snapshot's own month needs them)
	 */
	static Map<String, Map<IndicatorKey, Measured>> month(MonitoringFacts facts, YearMonth month, int windowMonths,
			int objectionDeadlineDays, boolean withFacts) {
		var asOf = month.atEndOfMonth();
		var end = asOf.plusDays(1);
		var windowStart = end.minusMonths(windowMonths);
		var sums = new Sums(facts, withFacts);
		for (var bound : facts.commitments()) {
			commitment(sums, bound.bodyId(), bound.history(), asOf, windowStart, end);
		}
		for (var bound : facts.records()) {
			record(sums, bound.bodyId(), bound.history(), asOf, windowStart, end);
		}
		for (var bound : facts.objections()) {
			objection(sums, bound.bodyId(), bound.history(), asOf, objectionDeadlineDays);
		}
		return sums.result();
	}

	private static void commitment(Sums sums, String bodyId, CommitmentHistory history, LocalDate asOf,
			LocalDate windowStart, LocalDate end) {
		var status = history.statusOn(asOf);
		if (status == null) {
			return;
		}
		var commitment = history.commitment();
		boolean overdue = history.overdueOn(asOf);
		if (overdue) {
			var fact = fact(commitment, bodyId, commitment.dueOn(), "OVERDUE");
			sums.add(bodyId, IndicatorKey.OVERDUE_COMMITMENTS, 1, fact);
			sums.add(bodyId, IndicatorKey.OVERDUE_AMOUNT, history.amount(), fact);
		}
		var broken = "BROKEN".equals(status);
		if (broken) {
			var brokenOn = history.eventWithin("BROKEN", windowStart, end);
			if (brokenOn != null) {
				var fact = fact(commitment, bodyId, brokenOn, status);
				sums.add(bodyId, IndicatorKey.BROKEN_COMMITMENTS, 1, fact);
				sums.add(bodyId, IndicatorKey.BROKEN_AMOUNT, history.amount(), fact);
			}
		}
		if ("PAYMENT".equals(commitment.kind()) && (overdue || broken)) {
			sums.add(bodyId, IndicatorKey.ARREARS_AMOUNT, history.amount(),
					fact(commitment, bodyId, commitment.dueOn(), overdue ? "OVERDUE" : status));
		}
	}

	private static void record(Sums sums, String bodyId, RecordHistory history, LocalDate asOf, LocalDate windowStart,
			LocalDate end) {
		var status = history.statusOn(asOf);
		if (status == null) {
			return;
		}
		var record = history.record();
		boolean commendation = "COMMENDATION".equals(record.kind());
		if (history.decidedWithin(windowStart, end)) {
			if (!commendation && !NOT_COUNTED.contains(status)) {
				sums.add(bodyId, newRecords(record.severity()), 1, fact(record, bodyId, record.decidedOn(), status, null));
			}
			if (commendation && !"REVOKED".equals(status)) {
				sums.add(bodyId, IndicatorKey.COMMENDATIONS, 1, fact(record, bodyId, record.decidedOn(), status, null));
			}
		}
		var repaired = history.eventWithin("REPAIRED", windowStart, end);
		if (repaired != null) {
			sums.add(bodyId, IndicatorKey.REPAIRS, 1, fact(record, bodyId, repaired, status, null));
		}
	}

	private static void objection(Sums sums, String bodyId, RecordHistory history, LocalDate asOf, int deadlineDays) {
		if (!"OBJECTION_PENDING".equals(history.statusOn(asOf))) {
			return;
		}
		var filed = history.statusSince(asOf);
		long days = ChronoUnit.DAYS.between(filed, asOf);
		if (days > deadlineDays) {
			sums.add(bodyId, IndicatorKey.OVERDUE_OBJECTIONS, 1,
					fact(history.record(), bodyId, filed, "OBJECTION_PENDING", (int) days));
		}
	}

	private static IndicatorKey newRecords(String severity) {
		return switch (severity) {
			case "SERIOUS" -> IndicatorKey.NEW_RECORDS_SERIOUS;
			case "GENERAL" -> IndicatorKey.NEW_RECORDS_GENERAL;
			default -> IndicatorKey.NEW_RECORDS_MINOR;
		};
	}

	private static Fact fact(Commitment commitment, String bodyId, LocalDate on, String status) {
		return new Fact("COMMITMENT", commitment.id(), bodyId, commitment.title(), null, commitment.kind(), null, on,
				commitment.amount(), status, null, false);
	}

	private static Fact fact(Record record, String bodyId, LocalDate on, String status, Integer days) {
		return new Fact("RECORD", record.id(), bodyId, record.title(), record.docNo(), record.kind(), record.severity(),
				on, null, status, days, false);
	}

	/** Running sums per ranked body and for the region. */
	private static final class Sums {

		private final MonitoringFacts facts;

		private final boolean withFacts;

		private final Map<String, EnumMap<IndicatorKey, Sum>> sums = new LinkedHashMap<>();

		Sums(MonitoringFacts facts, boolean withFacts) {
			this.facts = facts;
			this.withFacts = withFacts;
			sumsOf(facts.region().id());
			facts.bodies().values().stream().filter(b -> b.depth() == 1).forEach(b -> sumsOf(b.body().id()));
		}

		void add(String bodyId, IndicatorKey key, double value, Fact fact) {
			var body = this.facts.bodies().get(bodyId);
			if (body == null) {
				return;
			}
			add(sumsOf(this.facts.region().id()), key, value, fact);
			if (body.unitId() != null) {
				add(sumsOf(body.unitId()), key, value, fact);
			}
		}

		private void add(EnumMap<IndicatorKey, Sum> sums, IndicatorKey key, double value, Fact fact) {
			var sum = sums.computeIfAbsent(key, k -> new Sum());
			sum.value += value;
			if (this.withFacts) {
				sum.facts.add(fact);
			}
		}

		private EnumMap<IndicatorKey, Sum> sumsOf(String id) {
			return this.sums.computeIfAbsent(id, k -> new EnumMap<>(IndicatorKey.class));
		}

		Map<String, Map<IndicatorKey, Measured>> result() {
			var result = new LinkedHashMap<String, Map<IndicatorKey, Measured>>();
			this.sums.forEach((id, sums) -> {
				var measured = new EnumMap<IndicatorKey, Measured>(IndicatorKey.class);
				for (var key : IndicatorKey.values()) {
					var sum = sums.get(key);
					measured.put(key, (sum == null) ? new Measured(0, List.of())
							: new Measured(sum.value, sum.facts.stream().sorted(FACT_ORDER).toList()));
				}
				result.put(id, measured);
			});
			return result;
		}

	}

	private static final class Sum {

		double value;

		final List<Fact> facts = new ArrayList<>();

	}

}
