package org.integritygraph.policy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.integritygraph.audit.AuditTrail;
import org.integritygraph.audit.Change;
import org.integritygraph.audit.EntryDraft;
import org.integritygraph.graph.Database;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.model.Entities;
import org.integritygraph.security.Actor;
import org.integritygraph.security.Actors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * The versioned rule and indicator tables (规则表): read the version in force for an area on a date, list the
 * versions, and publish a new one. Published versions are {@code :PolicyTable} nodes (outside the domain model:
 * no {@code Entity} label), one per version, never changed or deleted.
 * <p>
 * {@link #publish} is the one write of every table: only an administrator publishes, and the audit trail records
 * the new version (a created {@code PolicyTable} node with its content, by whom and why) in the same transaction.
 */
@Service
public class PolicyTables {

	private static final Pattern SCOPE = Pattern.compile("\\d{0,12}");

	private static final String VERSIONS = """
			MATCH (t:PolicyTable {table: $table})
			RETURN t
			ORDER BY t.scope, t.version DESC""";

	private static final String PUBLISH = """
			OPTIONAL MATCH (old:PolicyTable {table: $table, scope: $scope})
			WITH coalesce(max(old.version), 0) + 1 AS version
			CREATE (t:PolicyTable {key: $table + '|' + $scope + '|' + toString(version), table: $table, scope: $scope,
			        version: version, effectiveFrom: $effectiveFrom, publishedAt: $publishedAt,
			        publishedBy: $publishedBy, reason: $reason, content: $content})
			RETURN t""";

	private final GraphReader reader;

	private final Driver driver;

	private final Database database;

	private final Dates dates;

	private final Actors actors;

	private final AuditTrail trail;

	/** The label of a published version, as the audit trail names it. */
	static final String LABEL = "PolicyTable";

	public PolicyTables(GraphReader reader, Driver driver, Database database, Dates dates, Actors actors,
			AuditTrail trail) {
		this.trail = trail;
		this.reader = reader;
		this.driver = driver;
		this.database = database;
		this.actors = actors;
		this.dates = dates;
	}

	/** The published versions of a table (not the built-in default), by scope, newest first. */
	public List<PolicyTableVersion> versions(String table) {
		return this.reader.list(VERSIONS, Map.of("table", table), row -> version(row.get("t")));
	}

	/**
	 * The version in force for an area on a date: among the versions whose scope covers the 行政区划代码 and which
	 * are effective by then, the one of the longest scope, and of that scope the latest published; the built-in
	 * default when none is.
	 */
	public PolicyTableVersion inForce(String table, String divisionCode, LocalDate on, PolicyTableVersion builtIn) {
		return inForce(versions(table), divisionCode, on, builtIn);
	}

	/** The same choice among versions already read (one read for many areas and dates). */
	public static PolicyTableVersion inForce(List<PolicyTableVersion> versions, String divisionCode, LocalDate on,
			PolicyTableVersion builtIn) {
		return versions.stream()
			.filter(v -> v.covers(divisionCode) && !v.effectiveFrom().isAfter(on))
			.max(Comparator.comparingInt((PolicyTableVersion v) -> v.scope().length())
				.thenComparingInt(PolicyTableVersion::version))
			.orElse(builtIn);
	}

	/**
	 * Publishes the next version of a table for a scope, in the name of the request's principal. The content must
	 * have been validated by the table's feature. Bad metadata is an {@link InvalidArgumentException} naming the input field, and writes nothing.
	 */
	public PolicyTableVersion publish(String table, String scope, LocalDate effectiveFrom, String content,
			String reason) {
		// only administrators change tables; the audit trail records each version in the transaction below
		var caller = this.actors.admin();
		var checkedScope = (scope == null) ? "" : scope.strip();
		if (!SCOPE.matcher(checkedScope).matches()) {
			throw new InvalidArgumentException("input.scope",
					"scope must be a 行政区划代码 prefix of at most 12 digits (empty: everywhere), was '" + scope + "'");
		}
		if (effectiveFrom == null) {
			throw new InvalidArgumentException("input.effectiveFrom", "effectiveFrom is required");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidArgumentException("input.reason", "a reason is required for every change of a rule table");
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("table", table);
		parameters.put("scope", checkedScope);
		parameters.put("effectiveFrom", effectiveFrom);
		parameters.put("publishedAt", this.dates.now().atZone(ZoneOffset.UTC));
		parameters.put("publishedBy", caller.subject());
		parameters.put("reason", reason.strip());
		parameters.put("content", content);
		var actor = new Actor(caller.subject(), Actor.Channel.API, null, UUID.randomUUID().toString());
		try (var session = this.driver.session(this.database.writeSession(this.driver))) {
			return session.executeWrite(tx -> {
				this.trail.lock(tx);
				var node = tx.run(PUBLISH, parameters).single().get("t");
				var after = new LinkedHashMap<String, Object>(node.asMap(Entities::value));
				var key = node.get("key").asString();
				this.trail.append(tx, new EntryDraft(actor, "publish " + table, reason.strip(), null,
						List.of("version=" + key)), List.of(Change.nodeCreated(LABEL, key, after)));
				return version(node);
			});
		}
	}

	private static PolicyTableVersion version(Value node) {
		var published = node.get("publishedAt");
		return new PolicyTableVersion(node.get("table").asString(), node.get("scope").asString(),
				node.get("version").asInt(), node.get("effectiveFrom").asLocalDate(),
				published.isNull() ? null : published.asZonedDateTime().toInstant(), node.get("publishedBy").asString(null),
				node.get("reason").asString(null), node.get("content").asString());
	}

	/** The built-in default of a table: version 0, national, without a start date (it applies whenever no published version does). */
	public static PolicyTableVersion builtIn(String table, String content) {
		return new PolicyTableVersion(table, "", 0, null, null, null, null, content);
	}

}
