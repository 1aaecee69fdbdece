package org.integritygraph.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.policy.PolicyTableVersion;
import org.integritygraph.policy.PolicyTables;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The monitoring table (indicators, weights, warning rules, window) as data: the built-in default
 * ({@code monitoring/monitoring-table.json}, version 0) and the versions an administrator publishes per scope of
 * 行政区划代码. A month is computed with the version in force for the region's area on the month's last day.
 */
@Service
public class MonitoringTables {

	/** The table's name among the policy tables. */
	public static final String TABLE = "monitoring";

	static final Set<String> WARNING_TYPES = Set.of("THRESHOLD", "TREND", "SCORE_BELOW");

	private static final String DEFAULTS = "monitoring/monitoring-table.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PolicyTables tables;

	private final MonitoringTable builtIn;

	MonitoringTables(PolicyTables tables) {
		this.tables = tables;
		this.builtIn = builtInTable();
	}

	/** The built-in default table (version 0). */
	public static MonitoringTable builtInTable() {
		try {
			var content = new ClassPathResource(DEFAULTS).getContentAsString(StandardCharsets.UTF_8);
			var table = MonitoringTable.of(PolicyTables.builtIn(TABLE, content), parse(content));
			var problems = problems(table.content());
			if (!problems.isEmpty()) {
				throw new IllegalStateException(DEFAULTS + " is invalid: " + problems.getFirst().getMessage());
			}
			return table;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DEFAULTS, ex);
		}
	}

	/** The version in force for an area (its 行政区划代码; null: national) on a date. */
	public MonitoringTable inForce(String divisionCode, LocalDate on) {
		var version = this.tables.inForce(TABLE, divisionCode, on, PolicyTables.builtIn(TABLE, ""));
		return version.builtIn() ? this.builtIn : table(version);
	}

	/** Every version: the built-in default, then the published ones by scope, newest first. */
	public List<MonitoringTable> versions() {
		var versions = new ArrayList<MonitoringTable>();
		versions.add(this.builtIn);
		this.tables.versions(TABLE).forEach(version -> versions.add(table(version)));
		return versions;
	}

	/** Publishes a new version; a bad table is an {@link InvalidArgumentException} naming the field, nothing written. */
	public MonitoringTable publish(String scope, LocalDate effectiveFrom, MonitoringTable.Content content,
			String reason) {
		var problems = problems(content);
		if (!problems.isEmpty()) {
			throw problems.getFirst();
		}
		return table(this.tables.publish(TABLE, scope, effectiveFrom, JSON.writeValueAsString(content), reason));
	}

	private static MonitoringTable table(PolicyTableVersion version) {
		return MonitoringTable.of(version, parse(version.content()));
	}

	private static MonitoringTable.Content parse(String content) {
		try {
			return JSON.readValue(content, MonitoringTable.Content.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Unreadable monitoring table: " + ex.getOriginalMessage(), ex);
		}
	}

	static List<InvalidArgumentException> problems(MonitoringTable.Content content) {
		var problems = new ArrayList<InvalidArgumentException>();
		if (content.windowMonths() < 1 || content.windowMonths() > 60) {
			problems.add(new InvalidArgumentException("input.windowMonths", "windowMonths must be 1 to 60"));
		}
		if (content.objectionDeadlineDays() < 1) {
			problems.add(new InvalidArgumentException("input.objectionDeadlineDays", "objectionDeadlineDays must be at least 1"));
		}
		var indicators = (content.indicators() != null) ? content.indicators() : List.<MonitoringTable.Indicator>of();
		if (indicators.isEmpty()) {
			problems.add(new InvalidArgumentException("input.indicators", "a table needs at least one indicator"));
		}
		var keys = new HashSet<IndicatorKey>();
		for (int i = 0; i < indicators.size(); i++) {
			var indicator = indicators.get(i);
			var at = "input.indicators[" + i + "]";
			if (indicator.key() == null || !keys.add(indicator.key())) {
				problems.add(new InvalidArgumentException(at + ".key", "indicator " + i + " has no key or repeats one"));
			}
			if (!(indicator.unit() > 0)) {
				problems.add(new InvalidArgumentException(at + ".unit", "the unit of " + indicator.key() + " must be positive"));
			}
			if (indicator.cap() != null && indicator.cap() < 0) {
				problems.add(new InvalidArgumentException(at + ".cap", "the cap of " + indicator.key() + " cannot be negative"));
			}
		}
		var warnings = (content.warnings() != null) ? content.warnings() : List.<MonitoringTable.WarningRule>of();
		var ids = new HashSet<String>();
		for (int i = 0; i < warnings.size(); i++) {
			var rule = warnings.get(i);
			var at = "input.warnings[" + i + "]";
			if (rule.id() == null || rule.id().isBlank() || !ids.add(rule.id())) {
				problems.add(new InvalidArgumentException(at + ".id", "warning rule " + i + " has no id or repeats one"));
			}
			if (rule.level() == null) {
				problems.add(new InvalidArgumentException(at + ".level", "warning rule " + rule.id() + " has no level"));
			}
			if (rule.type() == null || !WARNING_TYPES.contains(rule.type())) {
				problems.add(new InvalidArgumentException(at + ".type",
						"warning rule " + rule.id() + ": type must be one of " + WARNING_TYPES));
				continue;
			}
			if (!rule.type().equals("SCORE_BELOW") && (rule.indicator() == null || !keys.contains(rule.indicator()))) {
				problems.add(new InvalidArgumentException(at + ".indicator",
						"warning rule " + rule.id() + " must name an indicator of the table"));
			}
			if (!rule.type().equals("TREND") && rule.threshold() == null) {
				problems.add(new InvalidArgumentException(at + ".threshold", "warning rule " + rule.id() + " needs a threshold"));
			}
			if (rule.type().equals("TREND") && (rule.months() == null || rule.months() < 1 || rule.months() > 11)) {
				problems.add(new InvalidArgumentException(at + ".months",
						"warning rule " + rule.id() + " needs months from 1 to 11 (rising in each of the last n months)"));
			}
		}
		return problems;
	}

}
