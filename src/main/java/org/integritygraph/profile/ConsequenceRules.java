package org.integritygraph.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.policy.PolicyTableVersion;
import org.integritygraph.policy.PolicyTables;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The consequence rules (失信惩戒规则) as data: the built-in default ({@code profile/consequence-rules.json},
 * version 0, following the policy documents the domain comes from) and the versions an administrator publishes
 * per scope of 行政区划代码 (a province, a city ...). A record is judged by the version in force for its issuer's
 * area on the record's date: a later version does not change the measures of earlier records.
 */
@Service
public class ConsequenceRules {

	/** The table's name among the policy tables. */
	public static final String TABLE = "consequence-rules";

	private static final String DEFAULTS = "profile/consequence-rules.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PolicyTables tables;

	private final ConsequenceRuleTable builtIn;

	ConsequenceRules(PolicyTables tables) {
		this.tables = tables;
		this.builtIn = builtInTable();
	}

	/** The built-in default table (version 0). */
	public static ConsequenceRuleTable builtInTable() {
		try {
			var content = new ClassPathResource(DEFAULTS).getContentAsString(StandardCharsets.UTF_8);
			var table = ConsequenceRuleTable.of(PolicyTables.builtIn(TABLE, content), parse(content));
			var problems = problems(table.rules());
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
	public ConsequenceRuleTable inForce(String divisionCode, LocalDate on) {
		return resolver().inForce(divisionCode, on);
	}

	/** Reads the published versions once, to choose the version of many records. */
	public Resolver resolver() {
		return new Resolver(this.tables.versions(TABLE), this.builtIn);
	}

	/** Every version: the built-in default, then the published ones by scope, newest first. */
	public List<ConsequenceRuleTable> versions() {
		var versions = new ArrayList<ConsequenceRuleTable>();
		versions.add(this.builtIn);
		this.tables.versions(TABLE).forEach(version -> versions.add(table(version)));
		return versions;
	}

	/**
	 * Publishes a new version for a scope (a 行政区划代码 prefix, empty: everywhere) from a date on. The rules
	 * are checked first; a bad rule is an {@link InvalidArgumentException} naming it, and nothing is written.
	 */
	public ConsequenceRuleTable publish(String scope, LocalDate effectiveFrom, List<ConsequenceRule> rules,
			String reason) {
		var checked = (rules != null) ? rules : List.<ConsequenceRule>of();
		var problems = problems(checked);
		if (!problems.isEmpty()) {
			throw problems.getFirst();
		}
		var content = JSON.writeValueAsString(new ConsequenceRuleTable.Content(checked));
		return table(this.tables.publish(TABLE, scope, effectiveFrom, content, reason));
	}

	private static ConsequenceRuleTable table(PolicyTableVersion version) {
		return ConsequenceRuleTable.of(version, parse(version.content()));
	}

	private static List<ConsequenceRule> parse(String content) {
		try {
			return JSON.readValue(content, ConsequenceRuleTable.Content.class).rules();
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Unreadable consequence rules: " + ex.getOriginalMessage(), ex);
		}
	}

	/** What is wrong with the rules, each naming the input field. */
	static List<InvalidArgumentException> problems(List<ConsequenceRule> rules) {
		var problems = new ArrayList<InvalidArgumentException>();
		if (rules.isEmpty()) {
			problems.add(new InvalidArgumentException("input.rules", "a table needs at least one rule"));
		}
		var ids = new HashSet<String>();
		for (int i = 0; i < rules.size(); i++) {
			var rule = rules.get(i);
			var at = "input.rules[" + i + "]";
			if (rule.id() == null || rule.id().isBlank()) {
				problems.add(new InvalidArgumentException(at + ".id", "rule " + i + " has no id"));
			}
			else if (!ids.add(rule.id())) {
				problems.add(new InvalidArgumentException(at + ".id", "rule id '" + rule.id() + "' is used twice"));
			}
			if (rule.measure() == null) {
				problems.add(new InvalidArgumentException(at + ".measure", "rule " + rule.id() + " has no measure"));
			}
			if (rule.statuses().isEmpty()) {
				problems.add(new InvalidArgumentException(at + ".statuses",
						"rule " + rule.id() + " names no record status in which the measure applies"));
			}
			if (rule.months() != null && rule.months() < 1) {
				problems.add(new InvalidArgumentException(at + ".months",
						"rule " + rule.id() + ": months must be at least 1 (or absent: as long as the status lasts)"));
			}
			if (rule.basis() == null || rule.basis().title() == null || rule.basis().title().isBlank()) {
				problems.add(new InvalidArgumentException(at + ".basis",
						"rule " + rule.id() + " needs its legal basis (at least the document's title)"));
			}
		}
		return problems;
	}

	/** Chooses the version in force for each record from versions read once. */
	public static final class Resolver {

		private final List<PolicyTableVersion> published;

		private final ConsequenceRuleTable builtIn;

		private final PolicyTableVersion builtInVersion;

		private final Map<PolicyTableVersion, ConsequenceRuleTable> parsed = new HashMap<>();

		Resolver(List<PolicyTableVersion> published, ConsequenceRuleTable builtIn) {
			this.published = published;
			this.builtIn = builtIn;
			this.builtInVersion = PolicyTables.builtIn(TABLE, "");
		}

		public ConsequenceRuleTable inForce(String divisionCode, LocalDate on) {
			var version = PolicyTables.inForce(this.published, divisionCode, on, this.builtInVersion);
			return version.builtIn() ? this.builtIn : this.parsed.computeIfAbsent(version, ConsequenceRules::table);
		}

	}

}
