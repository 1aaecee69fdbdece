package org.integritygraph.monitoring;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.integritygraph.monitoring.IndicatorCalculator.Measured;
import org.integritygraph.monitoring.MonitoringResult.IndicatorResult;
import org.integritygraph.monitoring.MonitoringResult.UnitResult;
import org.integritygraph.monitoring.MonitoringResult.WarningResult;

/**
 * Turns the facts of a region into the month's result: the indicators of every month of the series (the facts
 * are read once, each month is counted in memory), composite scores, ranks and warnings.
 */
final class MonitoringComputation {

	/** How many months the series (sparklines, trends) cover, the month itself included. */
	static final int SERIES_MONTHS = 12;

	private MonitoringComputation() {
	}

	/** The first month of the series that ends with {@code month}. */
	static YearMonth seriesStart(YearMonth month) {
		return month.minusMonths(SERIES_MONTHS - 1);
	}

	/**
	 * @param progress told after each month of the series is counted
	 */
	static MonitoringResult compute(MonitoringFacts facts, MonitoringTable table, YearMonth month, int window,
			Instant computedAt, Runnable progress) {
		var months = new ArrayList<YearMonth>();
		for (var m = seriesStart(month); !m.isAfter(month); m = m.plusMonths(1)) {
			months.add(m);
		}
		var series = new ArrayList<Map<String, Map<IndicatorKey, Measured>>>();
		for (var m : months) {
			series.add(IndicatorCalculator.month(facts, m, window, table.objectionDeadlineDays(), m.equals(month)));
			progress.run();
		}
		var region = facts.region();
		var regionResult = unit(region.id(), region.name(), region.kind(), series, table);
		var units = new ArrayList<UnitResult>();
		facts.bodies().values().stream().filter(b -> b.depth() == 1).forEach(b ->
				units.add(unit(b.body().id(), b.body().name(), b.body().kind(), series, table)));
		var ranked = rank(units, table);
		return new MonitoringResult(region.id(), region.name(), month.toString(), window, month.atEndOfMonth(), computedAt,
				table.version(), table.scope(), false, months.stream().map(YearMonth::toString).toList(),
				table.baseScore(), table.indicators(), table.warnings(), regionResult, ranked);
	}

	private static UnitResult unit(String id, String name, String kind,
			List<Map<String, Map<IndicatorKey, Measured>>> series, MonitoringTable table) {
		var last = series.getLast().get(id);
		var indicators = new ArrayList<IndicatorResult>();
		for (var definition : table.indicators()) {
			var measured = last.get(definition.key());
			var values = series.stream().map(month -> month.get(id).get(definition.key()).value()).toList();
			indicators.add(new IndicatorResult(definition.key(), measured.value(), definition.points(measured.value()),
					definition.capped(measured.value()), values, measured.facts()));
		}
		var scores = series.stream().map(month -> score(month.get(id), table)).toList();
		return new UnitResult(id, name, kind, 0, scores.getLast(), indicators, scores, List.of());
	}

	/** {@code base + Σ points}, never below 0, rounded to hundredths. */
	static double score(Map<IndicatorKey, Measured> values, MonitoringTable table) {
		double score = table.baseScore();
		for (var definition : table.indicators()) {
			score += definition.points(values.get(definition.key()).value());
		}
		return Math.max(0, Math.round(score * 100) / 100.0);
	}

	/** Best first; equal scores share a rank (1, 1, 3 ...) and are listed by id; each with its warnings. */
	private static List<UnitResult> rank(List<UnitResult> units, MonitoringTable table) {
		var sorted = new ArrayList<>(units);
		sorted.sort(Comparator.comparingDouble(UnitResult::score).reversed().thenComparing(UnitResult::bodyId));
		var ranked = new ArrayList<UnitResult>();
		for (int i = 0; i < sorted.size(); i++) {
			var unit = sorted.get(i);
			int rank = (i > 0 && sorted.get(i - 1).score() == unit.score()) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new UnitResult(unit.bodyId(), unit.name(), unit.kind(), rank, unit.score(), unit.indicators(),
					unit.scoreSeries(), warnings(unit, table)));
		}
		return ranked;
	}

	private static List<WarningResult> warnings(UnitResult unit, MonitoringTable table) {
		var warnings = new ArrayList<WarningResult>();
		for (var rule : table.warnings()) {
			var id = rule.id() + ":" + unit.bodyId();
			switch (rule.type()) {
				case "THRESHOLD" -> {
					var indicator = unit.indicator(rule.indicator());
					if (indicator != null && indicator.value() >= rule.threshold()) {
						warnings.add(new WarningResult(id, rule.id(), rule.type(), rule.level(), unit.bodyId(), rule.indicator(),
								indicator.value(), rule.threshold(), null, indicator.series(), indicator.facts(),
								answerFor(rule.indicator(), indicator.facts())));
					}
				}
				case "TREND" -> {
					var indicator = unit.indicator(rule.indicator());
					if (indicator != null && rising(indicator.series(), rule.months())) {
						warnings.add(new WarningResult(id, rule.id(), rule.type(), rule.level(), unit.bodyId(), rule.indicator(),
								indicator.value(), null, rule.months(), indicator.series(), indicator.facts(),
								answerFor(rule.indicator(), indicator.facts())));
					}
				}
				case "SCORE_BELOW" -> {
					if (unit.score() < rule.threshold()) {
						var facts = unit.indicators().stream().filter(i -> i.points() < 0).flatMap(i -> i.facts().stream())
							.distinct().toList();
						warnings.add(new WarningResult(id, rule.id(), rule.type(), rule.level(), unit.bodyId(), null,
								unit.score(), rule.threshold(), null, unit.scoreSeries(), facts, answerFor(null, facts)));
					}
				}
				default -> throw new IllegalStateException("Unknown warning type " + rule.type());
			}
		}
		return warnings;
	}

	/**
	 * The fact to trace "who answers now" from: the first commitment, else the first record against the body; none
	 * for objections (the issuing body's principal post answers for deciding them).
	 */
	private static Fact answerFor(IndicatorKey indicator, List<Fact> facts) {
		if (indicator == IndicatorKey.OVERDUE_OBJECTIONS) {
			return null;
		}
		return facts.stream()
			.filter(f -> "COMMITMENT".equals(f.type()))
			.findFirst()
			.or(() -> facts.stream().filter(f -> "RECORD".equals(f.type()) && f.days() == null).findFirst())
			.orElse(null);
	}

	/** Whether the last {@code months} steps of the series each rose. */
	static boolean rising(List<Double> series, int months) {
		if (series.size() <= months) {
			return false;
		}
		for (int i = series.size() - months; i < series.size(); i++) {
			if (!(series.get(i) > series.get(i - 1))) {
				return false;
			}
		}
		return true;
	}

}
