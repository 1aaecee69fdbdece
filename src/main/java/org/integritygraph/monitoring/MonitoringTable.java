package org.integritygraph.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.integritygraph.policy.PolicyTableVersion;

/**
 * A version of the monitoring table (监测指标与预警规则表), kept as data: the indicators used with their weights,
 * the warning rules, the base score, the rolling window and the objection-handling deadline. The built-in default
 * is {@code monitoring/monitoring-table.json} (version 0); administrators publish others per scope of 行政区划代码.
 *
 * @param scope the 行政区划代码 prefix it applies to ({@code ""}: everywhere)
 * @param version 0 for the built-in default, then 1, 2 ... per scope
 * @param effectiveFrom the first month-end it applies to (null for the built-in default)
 */
public record MonitoringTable(String scope, int version, LocalDate effectiveFrom, Instant publishedAt,
		String publishedBy, String reason, double baseScore, int windowMonths, int objectionDeadlineDays,
		List<Indicator> indicators, List<WarningRule> warnings) {

	static MonitoringTable of(PolicyTableVersion version, Content content) {
		return new MonitoringTable(version.scope(), version.version(), version.effectiveFrom(), version.publishedAt(),
				version.publishedBy(), version.reason(), content.baseScore(), content.windowMonths(),
				content.objectionDeadlineDays(), List.copyOf(content.indicators()), List.copyOf(content.warnings()));
	}

	public boolean builtIn() {
		return this.version == 0;
	}

	/** The definition of an indicator, or null when this table does not use it. */
	public Indicator indicator(IndicatorKey key) {
		return this.indicators.stream().filter(i -> i.key() == key).findFirst().orElse(null);
	}

	Content content() {
		return new Content(this.baseScore, this.windowMonths, this.objectionDeadlineDays, this.indicators, this.warnings);
	}

	/**
	 * An indicator used for the score: {@code points = weight × value / unit}, at most {@code cap} points either way
	 * (null: no cap). A negative weight lowers the score (失信), a positive one raises it (守信).
	 */
	public record Indicator(IndicatorKey key, double weight, double unit, Double cap) {

		/** The points a value earns, rounded to hundredths. */
		public double points(double value) {
			double points = this.weight * value / this.unit;
			if (this.cap != null) {
				points = Math.max(-this.cap, Math.min(this.cap, points));
			}
			return Math.round(points * 100) / 100.0;
		}

		/** Whether the cap cut the points of this value. */
		public boolean capped(double value) {
			return this.cap != null && Math.abs(this.weight * value / this.unit) > this.cap;
		}

	}

	/**
	 * A warning rule (预警规则): {@code THRESHOLD} — the indicator is at least {@code threshold} in the month;
	 * {@code TREND} — the indicator rose in each of the last {@code months} months (e.g. overdue amount up three
	 * months in a row); {@code SCORE_BELOW} — the composite score is below {@code threshold}.
	 */
	public record WarningRule(String id, String type, IndicatorKey indicator, Double threshold, Integer months,
			WarningLevel level) {
	}

	/** The table as stored. */
	record Content(double baseScore, int windowMonths, int objectionDeadlineDays, List<Indicator> indicators,
			List<WarningRule> warnings) {
	}

}
