package org.integritygraph.policy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a rule or indicator table kept as data (the consequence rules of the credit profiles, the
 * indicators, weights and warning rules of the monitoring). Version 0 is the built-in default packaged with
 * the application; versions 1, 2 ... are published by an administrator and stored in the graph, never changed.
 *
 * @param table the table's name, e.g. {@code consequence-rules}
 * @param scope the 行政区划代码 prefix it applies to: {@code ""} everywhere (the national default), {@code "99"}
 * a province, {@code "9901"} a city; the longest matching scope wins
 * @param version 0 for the built-in default, then 1, 2 ... per table and scope
 * @param effectiveFrom the first date it applies to (facts dated earlier keep the version in force then); null
 * for the built-in default
 * @param publishedAt when it was published (null for the built-in default)
 * @param publishedBy who published it
 * @param reason why it was published
 * @param content the rows, as JSON (each feature reads its own table)
 */
public record PolicyTableVersion(String table, String scope, int version, LocalDate effectiveFrom,
		Instant publishedAt, String publishedBy, String reason, String content) {

	/** Whether this is the default packaged with the application. */
	public boolean builtIn() {
		return this.version == 0;
	}

	/** Whether it applies to a body or area with this 行政区划代码 (null: only the national scope applies). */
	public boolean covers(String divisionCode) {
		return this.scope.isEmpty() || (divisionCode != null && divisionCode.startsWith(this.scope));
	}

}
