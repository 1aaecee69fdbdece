package org.integritygraph.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integritygraph.audit.AuditTrail;
import org.integritygraph.audit.Change;
import org.integritygraph.audit.EntryDraft;
import org.integritygraph.graph.Database;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.monitoring.MonitoringResult.UnitResult;
import org.integritygraph.security.Actor;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The monthly snapshots (月度监测结果): one {@code :MonitoringSnapshot} node per region, month and window with the
 * region's result, and one {@code :MonitoringEntry} per ranked body (outside the domain model: no {@code Entity}
 * label, no relationship into the domain graph). A snapshot is written once and never changed: saving a month that
 * is already stored leaves it as it is. Each stored month is an entry of the audit trail.
 */
@Component
class SnapshotStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FIND = """
			MATCH (s:MonitoringSnapshot {key: $key})
			RETURN s.data AS data,
			       COLLECT { MATCH (e:MonitoringEntry {snapshot: $key}) RETURN e.data ORDER BY e.rank, e.bodyId } AS entries""";

	private static final String FIND_CONTAINING = """
			MATCH (s:MonitoringSnapshot {month: $month, window: $window})
			WHERE s.region = $bodyId OR $bodyId IN s.bodyIds
			RETURN s.key AS key ORDER BY s.region = $bodyId DESC, s.key LIMIT 1""";

	private static final String SAVE = """
			CREATE (s:MonitoringSnapshot {key: $key, region: $region, month: $month, window: $window, asOf: $asOf,
			        computedAt: $computedAt, tableVersion: $tableVersion, bodyIds: $bodyIds, data: $data})
			WITH s
			UNWIND $entries AS entry
			CREATE (:MonitoringEntry {snapshot: $key, bodyId: entry.bodyId, rank: entry.rank, score: entry.score,
			        data: entry.data})
			RETURN count(*) AS entries""";

	/** The operation the audit trail names for a stored month. */
	static final String OPERATION = "storeMonitoringSnapshot";

	private static final String SNAPSHOT = "MonitoringSnapshot";

	private static final String ENTRY = "MonitoringEntry";

	private final GraphReader reader;

	private final AuditTrail trail;

	private final Driver driver;

	private final Database database;

	SnapshotStore(GraphReader reader, Driver driver, Database database, AuditTrail trail) {
		this.reader = reader;
		this.trail = trail;
		this.driver = driver;
		this.database = database;
	}

	/**
	 * The changes the audit trail records: the snapshot (its key, region, month, window, dates, table version and
	 * ranked bodies) and each entry (body, rank, score); the computed details stay in the snapshot.
	 */
	private static List<Change> changes(Map<String, Object> parameters, MonitoringResult result) {
		var changes = new ArrayList<Change>();
		var snapshot = new LinkedHashMap<String, Object>();
		for (var name : List.of("key", "region", "month", "window", "asOf", "computedAt", "tableVersion", "bodyIds")) {
			snapshot.put(name, parameters.get(name));
		}
		var key = (String) parameters.get("key");
		changes.add(Change.nodeCreated(SNAPSHOT, key, snapshot));
		result.units()
			.forEach(unit -> changes.add(Change.nodeCreated(ENTRY, key + "|" + unit.bodyId(),
					Map.of("snapshot", key, "bodyId", unit.bodyId(), "rank", unit.rank(), "score", unit.score()))));
		return changes;
	}

	static String key(String regionId, String month, int window) {
		return regionId + "|" + month + "|" + window;
	}

	Optional<MonitoringResult> find(String regionId, String month, int window) {
		return findByKey(key(regionId, month, window));
	}

	/** The snapshot of the month in which the body is the region or one of the ranked bodies. */
	Optional<MonitoringResult> findContaining(String bodyId, String month, int window) {
		return this.reader
			.one(FIND_CONTAINING, Map.of("bodyId", bodyId, "month", month, "window", window),
					row -> row.get("key").asString())
			.flatMap(this::findByKey);
	}

	private Optional<MonitoringResult> findByKey(String key) {
		return this.reader.one(FIND, Map.of("key", key), row -> {
			var summary = JSON.readValue(row.get("data").asString(), MonitoringResult.class);
			var units = row.get("entries").asList(entry -> JSON.readValue(entry.asString(), UnitResult.class));
			return new MonitoringResult(summary.regionId(), summary.regionName(), summary.month(), summary.window(),
					summary.asOf(), summary.computedAt(), summary.tableVersion(), summary.tableScope(), true,
					summary.seriesMonths(), summary.baseScore(), summary.indicators(), summary.tableRules(), summary.region(),
					units);
		});
	}

	/**
	 * Stores the result as the month's snapshot, unless one is stored already; the audit trail records the
	 * snapshot and its entries (without their computed details) as created by {@code actor}, in the same
	 * transaction.
	 *
	 * @return whether it was stored (false: the month was stored before and is left unchanged)
	 */
	boolean saveIfAbsent(MonitoringResult result, Actor actor) {
		var key = key(result.regionId(), result.month(), result.window());
		if (findByKey(key).isPresent()) {
			return false;
		}
		var summary = new MonitoringResult(result.regionId(), result.regionName(), result.month(), result.window(),
				result.asOf(), result.computedAt(), result.tableVersion(), result.tableScope(), true, result.seriesMonths(),
				result.baseScore(), result.indicators(), result.tableRules(), result.region(), List.of());
		var parameters = new HashMap<String, Object>();
		parameters.put("key", key);
		parameters.put("region", result.regionId());
		parameters.put("month", result.month());
		parameters.put("window", result.window());
		parameters.put("asOf", result.asOf());
		parameters.put("computedAt", result.computedAt().toString());
		parameters.put("tableVersion", result.tableVersion());
		parameters.put("bodyIds", result.units().stream().map(UnitResult::bodyId).toList());
		parameters.put("data", JSON.writeValueAsString(summary));
		parameters.put("entries", result.units()
			.stream()
			.map(unit -> Map.of("bodyId", unit.bodyId(), "rank", unit.rank(), "score", unit.score(), "data",
					JSON.writeValueAsString(unit)))
			.toList());
		try (var session = this.driver.session(this.database.writeSession(this.driver))) {
			session.executeWriteWithoutResult(tx -> {
				this.trail.lock(tx);
				tx.run(SAVE, parameters).consume();
				this.trail.append(tx, EntryDraft.of(actor, OPERATION), changes(parameters, result));
			});
			return true;
		}
		catch (ClientException ex) {
			// Another run stored the same month in the meantime (the key is unique): it stays as it was.
			if (findByKey(key).isPresent()) {
				return false;
			}
			throw ex;
		}
	}

}
