package org.integritygraph.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.integritygraph.policy.PolicyTableVersion;

/**
 * A version of the consequence rules (失信惩戒规则表), as published (or built in) for a scope of 行政区划代码.
 *
 * @param scope the 行政区划代码 prefix it applies to ({@code ""}: everywhere)
 * @param version 0 for the built-in default, then 1, 2 ... per scope
 * @param effectiveFrom the first record date it applies to (null for the built-in default)
 * @param rules its rows, in the order given
 */
public record ConsequenceRuleTable(String scope, int version, LocalDate effectiveFrom, Instant publishedAt,
		String publishedBy, String reason, List<ConsequenceRule> rules) {

	static ConsequenceRuleTable of(PolicyTableVersion version, List<ConsequenceRule> rules) {
		return new ConsequenceRuleTable(version.scope(), version.version(), version.effectiveFrom(),
				version.publishedAt(), version.publishedBy(), version.reason(), List.copyOf(rules));
	}

	/** Whether this is the default packaged with the application. */
	public boolean builtIn() {
		return this.version == 0;
	}

	/** The rows as stored: {@code {"rules": [...]}}. */
	record Content(List<ConsequenceRule> rules) {
	}

}
