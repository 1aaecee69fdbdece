package org.integritygraph.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.monitoring.MonitoringResult.IndicatorResult;
import org.integritygraph.monitoring.MonitoringResult.UnitResult;
import org.integritygraph.monitoring.MonitoringResult.WarningResult;
import org.integritygraph.report.ReportLanguage;
import org.integritygraph.report.ReportRenderer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * 信用监测预警 over GraphQL ({@code monitoring.graphqls}): ranking, indicators, warnings, explanations and the
 * monitoring table. The bodies and facts named in an answer are loaded with one query per field and request.
 */
@Controller
class MonitoringController {

	private static final String BY_IDS = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n";

	private final MonitoringService monitoring;

	private final MonitoringTables tables;

	private final WhoAnswersNow whoAnswersNow;

	private final ReportRenderer renderer;

	private final GraphReader reader;

	MonitoringController(MonitoringService monitoring, MonitoringTables tables, WhoAnswersNow whoAnswersNow,
			ReportRenderer renderer, GraphReader reader) {
		this.monitoring = monitoring;
		this.tables = tables;
		this.whoAnswersNow = whoAnswersNow;
		this.renderer = renderer;
		this.reader = reader;
	}

	@QueryMapping
	MonitoringResult ranking(@Argument String region, @Argument String month, @Argument Integer window) {
		return this.monitoring.result(region, month, window).orElse(null);
	}

	@QueryMapping
	BodyIndicators indicators(@Argument String bodyId, @Argument String month, @Argument Integer window) {
		return this.monitoring.resultFor(bodyId, month, window).map(result -> {
			var unit = result.unit(bodyId);
			return new BodyIndicators(bodyId, result.regionId(), result.month(), result.window(), result.asOf(),
					result.stored(), unit.rank(), unit.score(), unit.indicators());
		}).orElse(null);
	}

	@QueryMapping
	List<WarningResult> warnings(@Argument String region, @Argument String month, @Argument Integer window,
			@Argument List<WarningLevel> levels) {
		return this.monitoring.result(region, month, window)
			.map(result -> result.warnings()
				.stream()
				.filter(w -> levels == null || levels.isEmpty() || levels.contains(w.level()))
				.toList())
			.orElse(null);
	}

	@QueryMapping
	Explanation explain(@Argument String region, @Argument String bodyId, @Argument String month,
			@Argument Integer window) {
		return this.monitoring.explain(region, bodyId, month, window).orElse(null);
	}

	@QueryMapping
	MonitoringTable monitoringTable(@Argument String divisionCode, @Argument LocalDate at) {
		return this.tables.inForce(divisionCode, (at != null) ? at : this.monitoring.today());
	}

	@QueryMapping
	List<MonitoringTable> monitoringTableVersions() {
		return this.tables.versions();
	}

	/** Administrators only (checked by {@code PolicyTables.publish}). */
	@MutationMapping
	TablePayload publishMonitoringTable(@Argument PublishInput input) {
		var content = new MonitoringTable.Content(input.baseScore(), input.windowMonths(), input.objectionDeadlineDays(),
				input.indicators(), (input.warnings() != null) ? input.warnings() : List.of());
		return new TablePayload(this.tables.publish(input.scope(), input.effectiveFrom(), content, input.reason()));
	}

	// ---- Ranking ---------------------------------------------------------------------------------

	@BatchMapping(typeName = "Ranking", field = "region")
	Map<MonitoringResult, Body> rankingRegion(List<MonitoringResult> results) {
		return bodies(results, MonitoringResult::regionId);
	}

	@SchemaMapping(typeName = "Ranking", field = "total")
	UnitResult total(MonitoringResult result) {
		return result.region();
	}

	@SchemaMapping(typeName = "Ranking", field = "entries")
	List<UnitResult> entries(MonitoringResult result) {
		return result.units();
	}

	@SchemaMapping(typeName = "Ranking", field = "warnings")
	List<WarningResult> rankingWarnings(MonitoringResult result) {
		return result.warnings();
	}

	@SchemaMapping(typeName = "Ranking", field = "chartSvg")
	String chartSvg(MonitoringResult result, @Argument ReportLanguage lang) {
		return MonitoringCharts.ranking(result, this.renderer.text(lang));
	}

	@BatchMapping(typeName = "RankedBody", field = "body")
	Map<UnitResult, Body> unitBody(List<UnitResult> units) {
		return bodies(units, UnitResult::bodyId);
	}

	@SchemaMapping(typeName = "RankedBody", field = "sparklineSvg")
	String sparklineSvg(UnitResult unit) {
		return MonitoringCharts.sparkline(unit.scoreSeries(), 100);
	}

	@SchemaMapping(typeName = "IndicatorValue", field = "name")
	String indicatorName(IndicatorResult indicator, @Argument ReportLanguage lang) {
		return MonitoringText.name(this.renderer.text(lang), indicator.key());
	}

	@BatchMapping(typeName = "Fact", field = "node")
	Map<Fact, Entity> factNode(List<Fact> facts) {
		var ids = facts.stream().map(Fact::id).filter(id -> id != null).distinct().toList();
		var byId = new HashMap<String, Entity>();
		if (!ids.isEmpty()) {
			this.reader.list(BY_IDS, Map.of("ids", ids), row -> Entities.orNull(row.get("n")))
				.forEach(entity -> byId.put(entity.id(), entity));
		}
		var result = new HashMap<Fact, Entity>();
		facts.stream().filter(f -> f.id() != null && byId.containsKey(f.id())).forEach(f -> result.put(f, byId.get(f.id())));
		return result;
	}

	// ---- Warning ---------------------------------------------------------------------------------

	@BatchMapping(typeName = "Warning", field = "body")
	Map<WarningResult, Body> warningBody(List<WarningResult> warnings) {
		return bodies(warnings, WarningResult::bodyId);
	}

	@SchemaMapping(typeName = "Warning", field = "reason")
	String reason(WarningResult warning, @Argument ReportLanguage lang) {
		return MonitoringText.reason(this.renderer.text(lang), warning);
	}

	@BatchMapping(typeName = "Warning", field = "responsibleNow")
	Map<WarningResult, List<ResponsibleNow>> responsibleNow(List<WarningResult> warnings) {
		return this.whoAnswersNow.of(warnings);
	}

	// ---- BodyIndicators, Explanation, tables -----------------------------------------------------

	@BatchMapping(typeName = "BodyIndicators", field = "body")
	Map<BodyIndicators, Body> indicatorsBody(List<BodyIndicators> indicators) {
		return bodies(indicators, BodyIndicators::bodyId);
	}

	@BatchMapping(typeName = "BodyIndicators", field = "region")
	Map<BodyIndicators, Body> indicatorsRegion(List<BodyIndicators> indicators) {
		return bodies(indicators, BodyIndicators::regionId);
	}

	@BatchMapping(typeName = "Explanation", field = "body")
	Map<Explanation, Body> explanationBody(List<Explanation> explanations) {
		return bodies(explanations, Explanation::bodyId);
	}

	@BatchMapping(typeName = "Explanation", field = "region")
	Map<Explanation, Body> explanationRegion(List<Explanation> explanations) {
		return bodies(explanations, Explanation::regionId);
	}

	@SchemaMapping(typeName = "Explanation", field = "formula")
	String formula(Explanation explanation, @Argument ReportLanguage lang) {
		return MonitoringText.formula(this.renderer.text(lang), explanation);
	}

	@SchemaMapping(typeName = "Contribution", field = "name")
	String contributionName(Explanation.Contribution contribution, @Argument ReportLanguage lang) {
		return MonitoringText.name(this.renderer.text(lang), contribution.key());
	}

	@SchemaMapping(typeName = "IndicatorDefinition", field = "name")
	String definitionName(MonitoringTable.Indicator indicator, @Argument ReportLanguage lang) {
		return MonitoringText.name(this.renderer.text(lang), indicator.key());
	}

	@SchemaMapping(typeName = "MonitoringTable", field = "builtIn")
	boolean builtIn(MonitoringTable table) {
		return table.builtIn();
	}

	/** The bodies of many answers with one query. */
	private <K> Map<K, Body> bodies(Collection<K> sources, Function<K, String> idOf) {
		var ids = sources.stream().map(idOf).distinct().toList();
		var byId = new HashMap<String, Body>();
		this.reader.list(BY_IDS, Map.of("ids", ids), row -> Entities.as(row.get("n"), Body.class))
			.forEach(body -> {
				if (body != null) {
					byId.put(body.id(), body);
				}
			});
		var result = new HashMap<K, Body>();
		sources.forEach(source -> {
			var body = byId.get(idOf.apply(source));
			if (body != null) {
				result.put(source, body);
			}
		});
		return result;
	}

	/** The indicators of one body for a month ({@code BodyIndicators}). */
	record BodyIndicators(String bodyId, String regionId, String month, int window, LocalDate asOf, boolean stored,
			int rank, double score, List<IndicatorResult> indicators) {
	}

	record TablePayload(MonitoringTable table) {
	}

	record PublishInput(String scope, LocalDate effectiveFrom, String reason, double baseScore, int windowMonths,
			int objectionDeadlineDays, List<MonitoringTable.Indicator> indicators,
			List<MonitoringTable.WarningRule> warnings) {
	}

}
