package org.integritygraph.monitoring;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.integritygraph.graph.Dates;
import org.integritygraph.model.entity.Person;
import org.integritygraph.monitoring.MonitoringResult.UnitResult;
import org.integritygraph.monitoring.MonitoringResult.WarningResult;
import org.integritygraph.report.ReportLanguage;
import org.integritygraph.report.ReportProperties;
import org.integritygraph.report.ReportRenderer;
import org.integritygraph.report.ReportText;

import org.springframework.stereotype.Component;

/**
 * The monthly monitoring report (政务诚信监测月报) of a region as HTML or PDF, written with the reports' renderer from
 * {@code report/templates/monitoring-report.html}: the ranking as a bar chart, the warnings with their facts and who
 * answers for them now, every body's score with its sparkline, why the lowest-ranked lost their points, the region's
 * totals, and the indicator table used.
 */
@Component
class MonitoringReports {

	private static final String TEMPLATE = "monitoring-report.html";

	/** How many of the lowest-ranked bodies the report explains. */
	static final int WORST = 3;

	private final ReportRenderer renderer;

	private final WhoAnswersNow whoAnswersNow;

	private final ReportProperties properties;

	private final Dates dates;

	MonitoringReports(ReportRenderer renderer, WhoAnswersNow whoAnswersNow, ReportProperties properties, Dates dates) {
		this.renderer = renderer;
		this.whoAnswersNow = whoAnswersNow;
		this.properties = properties;
		this.dates = dates;
	}

	String html(MonitoringResult result, ReportLanguage language) {
		return this.renderer.page(TEMPLATE, language, false, variables(result, language, false));
	}

	byte[] pdf(MonitoringResult result, ReportLanguage language) {
		this.renderer.checkPdfFont();
		return this.renderer.pdf(this.renderer.page(TEMPLATE, language, true, variables(result, language, true)),
				result.regionId() + "-" + result.month());
	}

	/** The file name of a download: {@code 政务诚信监测月报-<region>-<month>.<ext>} (ASCII: {@code monitoring-report-…}). */
	static String fileName(MonitoringResult result, String extension, boolean ascii) {
		var region = ascii ? result.regionId().replaceAll("[^A-Za-z0-9._-]", "_") : result.regionName();
		return (ascii ? "monitoring-report-" : "政务诚信监测月报-") + region + "-" + result.month() + "." + extension;
	}

	private Map<String, Object> variables(MonitoringResult result, ReportLanguage language, boolean forPdf) {
		var text = this.renderer.text(language);
		var month = YearMonth.parse(result.month());
		var warnings = result.warnings();
		var variables = new HashMap<String, Object>();
		variables.put("r", result);
		variables.put("monthLabel", text.msg("monitoring.month", String.valueOf(month.getYear()),
				String.valueOf(month.getMonthValue())));
		variables.put("windowText", text.msg("monitoring.window.value", result.window(),
				text.date(result.asOf().plusDays(1).minusMonths(result.window())), text.date(result.asOf())));
		variables.put("tableText", text.msg("monitoring.table.version", result.tableVersion(),
				result.tableScope().isEmpty() ? text.msg("profile.measure.national")
						: text.msg("profile.measure.scope", result.tableScope())));
		variables.put("computedAt", result.computedAt()
			.atZone(this.properties.zone())
			.truncatedTo(ChronoUnit.SECONDS)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		variables.put("generatedAt", this.dates.now().atZone(this.properties.zone()).truncatedTo(ChronoUnit.SECONDS)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		variables.put("overview", overview(result, warnings, text));
		variables.put("chart", MonitoringCharts.ranking(result, text));
		variables.put("ranking", result.units().stream().map(unit -> row(result, unit, text)).toList());
		var responsible = this.whoAnswersNow.of(warnings);
		variables.put("warnings",
				warnings.stream().map(warning -> warning(result, warning, responsible.get(warning), text)).toList());
		variables.put("worst", worst(result, text));
		variables.put("totals", result.region().indicators().stream().map(indicator -> {
			var series = indicator.series();
			var previous = (series.size() > 1) ? series.get(series.size() - 2) : 0.0;
			return new TotalRow(MonitoringText.name(text, indicator.key()),
					MonitoringText.value(text, indicator.key(), indicator.value()),
					MonitoringText.value(text, indicator.key(), previous));
		}).toList());
		variables.put("definitions", result.indicators().stream().map(definition -> new DefinitionRow(
				MonitoringText.name(text, definition.key()), MonitoringText.number(definition.weight()),
				MonitoringText.value(text, definition.key(), definition.unit()),
				(definition.cap() != null) ? MonitoringText.number(definition.cap()) : "—")).toList());
		variables.put("rules", result.tableRules().stream().map(rule -> new RuleRow(rule.id(),
				text.label("warningLevel", rule.level().name()), rule.level().name(), ruleText(rule, text))).toList());
		variables.put("pdfCss", forPdf ? ReportRenderer.pdfPageCss(text, text.msg("monitoring.title"),
				result.regionName() + " · " + result.month()) : "");
		return variables;
	}

	private static String ruleText(MonitoringTable.WarningRule rule, ReportText text) {
		return switch (rule.type()) {
			case "THRESHOLD" -> MonitoringText.name(text, rule.indicator()) + " " + text.msg("monitoring.rule.THRESHOLD",
					MonitoringText.value(text, rule.indicator(), rule.threshold()));
			case "TREND" -> MonitoringText.name(text, rule.indicator()) + " "
					+ text.msg("monitoring.rule.TREND", rule.months());
			default -> text.msg("monitoring.rule.SCORE_BELOW", MonitoringText.number(rule.threshold()));
		};
	}

	private static String overview(MonitoringResult result, List<WarningResult> warnings, ReportText text) {
		var worst = result.units().isEmpty() ? "—" : result.units().getLast().name() + " "
				+ MonitoringText.number(result.units().getLast().score());
		return text.msg("monitoring.overview.text", result.units().size(), warnings.size(),
				count(warnings, WarningLevel.RED), count(warnings, WarningLevel.ORANGE), count(warnings, WarningLevel.YELLOW),
				worst);
	}

	private static long count(List<WarningResult> warnings, WarningLevel level) {
		return warnings.stream().filter(w -> w.level() == level).count();
	}

	private static Row row(MonitoringResult result, UnitResult unit, ReportText text) {
		var deductions = unit.indicators()
			.stream()
			.filter(i -> i.points() < 0)
			.sorted(Comparator.comparingDouble(MonitoringResult.IndicatorResult::points))
			.limit(2)
			.map(i -> MonitoringText.name(text, i.key()) + " " + MonitoringText.value(text, i.key(), i.value()) + " ("
					+ MonitoringText.number(i.points()) + ")")
			.toList();
		var level = unit.warnings().stream().map(WarningResult::level).max(Enum::compareTo).map(Enum::name).orElse("NONE");
		return new Row(unit.rank(), unit.bodyId(), unit.name(), MonitoringText.number(unit.score()),
				MonitoringCharts.sparkline(unit.scoreSeries(), result.baseScore()),
				deductions.isEmpty() ? "—" : String.join("; ", deductions), level);
	}

	private static WarningRow warning(MonitoringResult result, WarningResult warning, List<ResponsibleNow> answers,
			ReportText text) {
		var unit = result.unit(warning.bodyId());
		var responsible = answers.stream()
			.map(now -> now.body().name() + " " + now.post().title() + " "
					+ (now.vacant() ? text.msg("monitoring.vacant")
							: String.join("、", now.holders().stream().map(Person::name).toList())))
			.toList();
		return new WarningRow(text.label("warningLevel", warning.level().name()), warning.level().name(),
				warning.bodyId(), unit.name(), MonitoringText.reason(text, warning), facts(warning.facts(), text),
				responsible);
	}

	private static List<Worst> worst(MonitoringResult result, ReportText text) {
		var worst = new ArrayList<Worst>();
		var units = result.units();
		for (int i = units.size() - 1; i >= 0 && worst.size() < WORST; i--) {
			var unit = units.get(i);
			if (unit.score() >= result.baseScore()) {
				break;
			}
			var explanation = Explanation.of(result, unit);
			worst.add(new Worst(unit.bodyId(), unit.name(), unit.rank(), MonitoringText.number(unit.score()),
					MonitoringText.formula(text, explanation),
					explanation.contributions()
						.stream()
						.filter(c -> c.points() != 0)
						.map(c -> new ContributionRow(MonitoringText.name(text, c.key()),
								MonitoringText.value(text, c.key(), c.value()), MonitoringText.number(c.points()),
								facts(c.facts(), text)))
						.toList()));
		}
		return worst;
	}

	/** One line per fact: what it is, its date, amount and status then. */
	static List<String> facts(List<Fact> facts, ReportText text) {
		return facts.stream().map(fact -> {
			if (fact.hidden()) {
				return text.msg("monitoring.fact." + fact.type()) + " " + text.msg("monitoring.hidden");
			}
			var line = new StringBuilder(text.msg("monitoring.fact." + fact.type())).append(' ');
			if (fact.docNo() != null) {
				line.append(fact.docNo()).append(' ');
			}
			line.append(fact.title()).append(" · ").append(fact.id());
			if ("COMMITMENT".equals(fact.type())) {
				line.append(" · ").append(text.msg("monitoring.fact.due", text.date(fact.on())));
				if (fact.amount() != null) {
					line.append(" · ").append(text.money(fact.amount(), "CNY"));
				}
				line.append(" · ").append(text.label("commitmentStatus", fact.status()));
			}
			else {
				line.append(" · ").append(text.date(fact.on())).append(" · ").append(text.label("severity", fact.severity()))
					.append(" · ").append(text.label("recordStatus", fact.status()));
				if (fact.days() != null) {
					line.append(" · ").append(text.msg("monitoring.fact.days", fact.days()));
				}
			}
			return line.toString();
		}).toList();
	}

	public record Row(int rank, String bodyId, String name, String score, String sparkline, String deductions, String level) {
	}

	public record WarningRow(String level, String levelClass, String bodyId, String body, String reason, List<String> facts,
			List<String> responsible) {
	}

	public record Worst(String bodyId, String name, int rank, String score, String formula, List<ContributionRow> contributions) {
	}

	public record ContributionRow(String name, String value, String points, List<String> facts) {
	}

	public record TotalRow(String name, String value, String previous) {
	}

	public record DefinitionRow(String name, String weight, String unit, String cap) {
	}

	public record RuleRow(String id, String level, String levelClass, String text) {
	}

}
