package org.integritygraph.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.integritygraph.monitoring.MonitoringResult.UnitResult;
import org.integritygraph.monitoring.MonitoringResult.WarningResult;

/**
 * Why a ranked body scored what it did: {@code score = baseScore + Σ points} (never below 0), each indicator's
 * points from its value, weight, unit and cap, and each value from its facts.
 *
 * @param contributions every indicator of the table, those taking the most points first
 */
public record Explanation(String regionId, String bodyId, String month, int window, LocalDate asOf, boolean stored,
		int rank, double score, double baseScore, List<Contribution> contributions, List<WarningResult> warnings) {

	/** The explanation of a ranked body (or of the region itself) in a result. */
	static Explanation of(MonitoringResult result, UnitResult unit) {
		var contributions = unit.indicators()
			.stream()
			.map(indicator -> {
				var definition = result.indicator(indicator.key());
				return new Contribution(indicator.key(), indicator.value(), definition.weight(), definition.unit(),
						definition.cap(), indicator.points(), indicator.capped(), indicator.facts());
			})
			.sorted(Comparator.comparingDouble(Contribution::points))
			.toList();
		return new Explanation(result.regionId(), unit.bodyId(), result.month(), result.window(), result.asOf(),
				result.stored(), unit.rank(), unit.score(), result.baseScore(), contributions, unit.warnings());
	}

	/** One indicator's points: {@code weight × value / unit}, at most {@code cap} either way. */
	public record Contribution(IndicatorKey key, double value, double weight, double unit, Double cap, double points,
			boolean capped, List<Fact> facts) {
	}

}
