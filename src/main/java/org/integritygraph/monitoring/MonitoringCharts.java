package org.integritygraph.monitoring;

import java.util.List;
import java.util.Locale;

import org.integritygraph.monitoring.MonitoringResult.UnitResult;
import org.integritygraph.report.ReportText;
import org.integritygraph.report.Svg;

/**
 * The monitoring report's drawings (SVG): the ranking as horizontal bars, best first, bars coloured by the most
 * urgent warning of the body (red, orange, yellow; blue without a warning), the score at the end of each bar; and a
 * sparkline of a body's score over the series.
 */
final class MonitoringCharts {

	private static final int WIDTH = Svg.PRINT_WIDTH;

	private static final int LABEL = 200;

	private static final int ROW = 20;

	private static final int TOP = 24;

	private MonitoringCharts() {
	}

	static String ranking(MonitoringResult result, ReportText text) {
		var units = result.units();
		double max = Math.max(result.baseScore(), units.stream().mapToDouble(UnitResult::score).max().orElse(1));
		int barRoom = WIDTH - LABEL - 60;
		int height = TOP + units.size() * ROW + 26;
		var svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ranking-chart\" width=\"").append(WIDTH)
			.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
			.append("\" role=\"img\" aria-label=\"").append(Svg.escape(text.msg("monitoring.chart.ranking")))
			.append("\" font-family=\"").append(Svg.escape(Svg.FONTS)).append("\">")
			.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
			.append("\" fill=\"#ffffff\"/>");
		// score grid: 0, 20, ... up to the base score
		for (int score = 0; score <= max; score += 20) {
			int x = LABEL + (int) Math.round(barRoom * score / max);
			svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x)
				.append("\" y2=\"").append(height - 20).append("\" stroke=\"#e3e7ee\" stroke-width=\"1\"/>")
				.append(text(x, TOP - 10, String.valueOf(score), 8, "#777", "middle"));
		}
		int y = TOP;
		for (var unit : units) {
			int w = Math.max(1, (int) Math.round(barRoom * unit.score() / max));
			svg.append(text(LABEL - 6, y + 13, unit.rank() + ". " + unit.name(), 9.5, "#1a1a1a", "end"))
				.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
				.append("\" height=\"").append(ROW - 6).append("\" rx=\"2\" fill=\"").append(colour(unit)).append("\"/>")
				.append(text(LABEL + w + 4, y + 13, MonitoringText.number(unit.score()), 9, "#1a1a1a", "start"));
			y += ROW;
		}
		svg.append(legend(text, height - 8));
		return svg.append("</svg>").toString();
	}

	/** A body's score over the series: a line, its last point marked. */
	static String sparkline(List<Double> series, double base) {
		int width = 120;
		int height = 24;
		double max = Math.max(base, series.stream().mapToDouble(Double::doubleValue).max().orElse(base));
		double min = Math.min(series.stream().mapToDouble(Double::doubleValue).min().orElse(0), max - 10);
		var points = new StringBuilder();
		double x = 0;
		double y = 0;
		for (int i = 0; i < series.size(); i++) {
			x = 3 + (width - 6) * (series.size() == 1 ? 1.0 : (double) i / (series.size() - 1));
			y = 3 + (height - 6) * (max - series.get(i)) / (max - min);
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
		}
		var last = series.isEmpty() ? base : series.getLast();
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" width=\"" + width + "\" height=\"" + height
				+ "\" viewBox=\"0 0 " + width + " " + height + "\"><polyline fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"1.5\" points=\""
				+ points.toString().strip() + "\"/><circle cx=\"" + String.format(Locale.ROOT, "%.1f", x) + "\" cy=\""
				+ String.format(Locale.ROOT, "%.1f", y) + "\" r=\"2.5\" fill=\"" + ((last < base) ? "#b00020" : "#0b6b2f")
				+ "\"/></svg>";
	}

	private static String legend(ReportText text, int y) {
		var legend = new StringBuilder();
		int x = LABEL;
		for (var level : List.of("RED", "ORANGE", "YELLOW", "NONE")) {
			var label = level.equals("NONE") ? text.msg("monitoring.chart.noWarning") : text.label("warningLevel", level);
			legend.append("<rect x=\"").append(x).append("\" y=\"").append(y - 8).append("\" width=\"10\" height=\"8\" fill=\"")
				.append(levelColour(level)).append("\"/>")
				.append(text(x + 14, y, label, 8.5, "#333", "start"));
			x += 28 + (int) Svg.width(label, 9);
		}
		return legend.toString();
	}

	private static String colour(UnitResult unit) {
		return unit.warnings()
			.stream()
			.map(MonitoringResult.WarningResult::level)
			.max(Enum::compareTo)
			.map(Enum::name)
			.map(MonitoringCharts::levelColour)
			.orElse(levelColour("NONE"));
	}

	private static String levelColour(String level) {
		return switch (level) {
			case "RED" -> "#b00020";
			case "ORANGE" -> "#e07b00";
			case "YELLOW" -> "#e0b000";
			default -> "#5b84b1";
		};
	}

	private static String text(int x, int y, String content, double size, String colour, String anchor) {
		int room = anchor.equals("end") ? x - 4 : WIDTH - x;
		return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" fill=\"" + colour + "\""
				+ (anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"") + ">"
				+ Svg.escape(Svg.fit(content, room, (int) Math.ceil(size))) + "</text>";
	}

}
