package org.integritygraph.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * 监测结果: the monitoring of one region for one month on a rolling window — the indicator values of the region
 * as a whole and of each body ranked in it (the region's parts on the month's last day), their composite
 * scores and ranks, the score series of the last months, and the warnings raised. A closed month is stored
 * once as a snapshot ({@code stored}) and never recomputed.
 *
 * @param month {@code yyyy-MM}
 * @param window the rolling window in months
 * @param asOf the month's last day: "at month end" values are those of that day
 * @param seriesMonths the months of every series, oldest first, ending with {@code month}
 * @param baseScore the score of a body without any fact
 * @param indicators the indicator definitions (weights, units, caps) the scores were computed with
 * @param tableRules the warning rules the warnings were raised by
 * @param region the region as a whole (all its bodies, itself included); its rank is 0
 * @param units the ranked bodies, best first
 */
public record MonitoringResult(String regionId, String regionName, String month, int window, LocalDate asOf,
		Instant computedAt, int tableVersion, String tableScope, boolean stored, List<String> seriesMonths,
		double baseScore, List<MonitoringTable.Indicator> indicators, List<MonitoringTable.WarningRule> tableRules,
		UnitResult region, List<UnitResult> units) {

	MonitoringResult withStored(boolean stored) {
		return new MonitoringResult(this.regionId, this.regionName, this.month, this.window, this.asOf, this.computedAt,
				this.tableVersion, this.tableScope, stored, this.seriesMonths, this.baseScore, this.indicators,
				this.tableRules, this.region, this.units);
	}

	/** The warnings of every ranked body: the most urgent first, then the worst ranked. */
	public List<WarningResult> warnings() {
		return this.units.stream()
			.flatMap(unit -> unit.warnings().stream())
			.sorted(Comparator.comparing(WarningResult::level)
				.reversed()
				.thenComparing(w -> -unit(w.bodyId()).rank())
				.thenComparing(WarningResult::bodyId)
				.thenComparing(WarningResult::ruleId))
			.toList();
	}

	/** The same result with every fact passed through {@code change} (e.g. masking what the caller may not see). */
	MonitoringResult withFacts(UnaryOperator<Fact> change) {
		return new MonitoringResult(this.regionId, this.regionName, this.month, this.window, this.asOf, this.computedAt,
				this.tableVersion, this.tableScope, this.stored, this.seriesMonths, this.baseScore, this.indicators,
				this.tableRules, this.region.withFacts(change), this.units.stream().map(u -> u.withFacts(change)).toList());
	}

	/** Every fact of the result: of the region's, the ranked bodies' and the warnings' indicators. */
	public Stream<Fact> facts() {
		return Stream.concat(Stream.concat(this.region.indicators().stream(),
				this.units.stream().flatMap(u -> u.indicators().stream())).flatMap(i -> i.facts().stream()),
				this.units.stream().flatMap(u -> u.warnings().stream()).flatMap(w -> w.facts().stream()));
	}

	/** The ranked body, or the region itself, with this id. */
	public UnitResult unit(String bodyId) {
		if (this.region.bodyId().equals(bodyId)) {
			return this.region;
		}
		return this.units.stream().filter(u -> u.bodyId().equals(bodyId)).findFirst().orElse(null);
	}

	/** The definition of an indicator used. */
	public MonitoringTable.Indicator indicator(IndicatorKey key) {
		return this.indicators.stream().filter(i -> i.key() == key).findFirst().orElse(null);
	}

	/**
	 * A ranked body (or the region): its rank (1 = best; equal scores share a rank), composite score, indicator
	 * values with their facts, its score in each month of the series, and the warnings it raised.
	 */
	public record UnitResult(String bodyId, String name, String kind, int rank, double score,
			List<IndicatorResult> indicators, List<Double> scoreSeries, List<WarningResult> warnings) {

		UnitResult withFacts(UnaryOperator<Fact> change) {
			return new UnitResult(this.bodyId, this.name, this.kind, this.rank, this.score,
					this.indicators.stream().map(i -> i.withFacts(change)).toList(), this.scoreSeries,
					this.warnings.stream().map(w -> w.withFacts(change)).toList());
		}

		public IndicatorResult indicator(IndicatorKey key) {
			return this.indicators.stream().filter(i -> i.key() == key).findFirst().orElse(null);
		}

	}

	/**
	 * One indicator of a body for the month: its value, the points it adds to the score ({@code capped} when the
	 * cap cut them), its value in each month of the series, and the facts behind the value.
	 */
	public record IndicatorResult(IndicatorKey key, double value, double points, boolean capped, List<Double> series,
			List<Fact> facts) {

		IndicatorResult withFacts(UnaryOperator<Fact> change) {
			return new IndicatorResult(this.key, this.value, this.points, this.capped, this.series,
					this.facts.stream().map(change).toList());
		}

	}

	/**
	 * 预警: a warning rule a ranked body met in the month, with the indicator value (or score) that met it, its
	 * series, and the facts behind it. {@code answerFor} is the fact whose responsibility is traced to say who
	 * answers for the warning now (never shown itself; null when the body's own principal post answers).
	 */
	public record WarningResult(String id, String ruleId, String type, WarningLevel level, String bodyId,
			IndicatorKey indicator, double value, Double threshold, Integer months, List<Double> series,
			List<Fact> facts, Fact answerFor) {

		WarningResult withFacts(UnaryOperator<Fact> change) {
			return new WarningResult(this.id, this.ruleId, this.type, this.level, this.bodyId, this.indicator,
					this.value, this.threshold, this.months, this.series, this.facts.stream().map(change).toList(),
					this.answerFor);
		}

	}

}
