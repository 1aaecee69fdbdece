package org.integritygraph.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import org.integritygraph.monitoring.MonitoringResult.WarningResult;
import org.integritygraph.report.ReportText;

/** How the monitoring says things in a language: indicator names, values, warning reasons, score formulas. */
final class MonitoringText {

	private MonitoringText() {
	}

	static String name(ReportText text, IndicatorKey key) {
		return text.label("indicator", key.name());
	}

	/** A value as its indicator counts it: money in yuan, or a count. */
	static String value(ReportText text, IndicatorKey key, double value) {
		if (key != null && key.name().endsWith("_AMOUNT")) {
			return text.money(value, "CNY");
		}
		return number(value);
	}

	/** {@code 66}, {@code 59.5}, {@code 91.6}: at most two decimals, no trailing zeros. */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** Why a warning was raised, with the numbers that raised it. */
	static String reason(ReportText text, WarningResult warning) {
		return switch (warning.type()) {
			case "THRESHOLD" -> text.msg("monitoring.reason.threshold", name(text, warning.indicator()),
					value(text, warning.indicator(), warning.value()), value(text, warning.indicator(), warning.threshold()));
			case "TREND" -> {
				var tail = warning.series().subList(warning.series().size() - warning.months() - 1, warning.series().size());
				yield text.msg("monitoring.reason.trend", name(text, warning.indicator()), warning.months(),
						tail.stream().map(v -> value(text, warning.indicator(), v)).collect(Collectors.joining(" → ")));
			}
			default -> text.msg("monitoring.reason.score", number(warning.value()), number(warning.threshold()));
		};
	}

	/** {@code 100 − 12 (逾期承诺 3 × −4) − 6 (…) = 82}: the base plus every indicator that added points. */
	static String formula(ReportText text, Explanation explanation) {
		var formula = new StringBuilder(number(explanation.baseScore()));
		List<Explanation.Contribution> parts = explanation.contributions().stream().filter(c -> c.points() != 0).toList();
		for (var part : parts) {
			formula.append(part.points() < 0 ? " − " : " + ")
				.append(number(Math.abs(part.points())))
				.append(" (")
				.append(name(text, part.key()))
				.append(' ')
				.append(value(text, part.key(), part.value()))
				.append(part.capped() ? ", " + text.msg("monitoring.capped") : "")
				.append(')');
		}
		return formula.append(" = ").append(number(explanation.score())).toString();
	}

}
