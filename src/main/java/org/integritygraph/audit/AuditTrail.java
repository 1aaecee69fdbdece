package org.integritygraph.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * Writes the audit trail (审计日志) in the transaction of the change it records: one {@code :AuditEntry} per
 * transaction (who, when, channel, operation, why, request id) with one {@code :AuditChange} per node or
 * relationship created or updated, holding the properties before and after as {@code :AuditState} nodes.
 * <p>
 * Entries are numbered in commit order: every audited transaction first takes the lock of the trail's
 * counter ({@link #lock}), which it holds until it commits, so a later number is never committed before an
 * earlier one and a change feed that reads "after number N" misses nothing. Their times (in milliseconds) never
 * go backwards and never repeat, so an entry's time names the state right after it. No API changes or deletes an entry; the trail's nodes are not entities and no read of the
 * graph reaches them.
 */
public class AuditTrail {

	private static final String LOCK = """
			MERGE (s:Audit:AuditSequence {name: 'audit'})
			ON CREATE SET s.value = 0
			SET s.value = s.value
			""";

	private static final String BY_KEY = """
			MATCH (e:AuditEntry {idempotencyKey: $key})
			RETURN e.sequence AS sequence, e.operation AS operation, e.results AS results
			""";

	private static final String APPEND = """
			MATCH (s:AuditSequence {name: 'audit'})
			SET s.value = s.value + 1,
			    s.at = CASE WHEN s.at IS NULL OR $now > s.at THEN $now ELSE s.at + duration({milliseconds: 1}) END
			CREATE (e:Audit:AuditEntry {sequence: s.value, at: s.at, actor: $actor, channel: $channel,
			        operation: $operation, reason: $reason, requestId: $requestId, source: $source,
			        idempotencyKey: $idempotencyKey, results: $results, changeCount: size($changes)})
			WITH e
			CALL (e) {
			  UNWIND $changes AS c
			  CREATE (e)-[:HAS_CHANGE]->(x:Audit:AuditChange {sequence: e.sequence, at: e.at, index: c.index,
			          operation: c.operation, target: c.target, type: c.type, entityId: c.entityId,
			          startId: c.startId, endId: c.endId, changed: c.changed})
			  FOREACH (before IN CASE WHEN c.before IS NULL THEN [] ELSE [c.before] END |
			    CREATE (x)-[:BEFORE]->(state:Audit:AuditState) SET state = before)
			  FOREACH (after IN CASE WHEN c.after IS NULL THEN [] ELSE [c.after] END |
			    CREATE (x)-[:AFTER]->(state:Audit:AuditState) SET state = after)
			}
			RETURN e.sequence AS sequence, e.at AS at
			""";

	private final Clock clock;

	public AuditTrail(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Takes the trail's lock for the rest of the transaction. An audited transaction takes it before it reads
	 * what it will change, so audited transactions never interleave and an entry's number is its commit order.
	 */
	public void lock(SimpleQueryRunner tx) {
		tx.run(LOCK).consume();
	}

	/** The entry a mutation with this idempotency key wrote, if one did. */
	public Optional<KeyedEntry> entryWithKey(SimpleQueryRunner tx, String key) {
		if (key == null) {
			return Optional.empty();
		}
		var rows = tx.run(BY_KEY, Map.of("key", key)).list();
		return rows.stream()
			.findFirst()
			.map(row -> new KeyedEntry(row.get("sequence").asLong(), row.get("operation").asString(),
					row.get("results").asList(Value::asString)));
	}

	/**
	 * Appends the entry of this transaction with its changes; the lock must be held. Nothing is written when
	 * nothing changed.
	 *
	 * @return the entry's number and time, empty when there were no changes
	 */
	public Optional<Appended> append(SimpleQueryRunner tx, EntryDraft draft, List<Change> changes) {
		if (changes.isEmpty()) {
			return Optional.empty();
		}
		var rows = new ArrayList<Map<String, Object>>(changes.size());
		for (int i = 0; i < changes.size(); i++) {
			var change = changes.get(i);
			var row = new HashMap<String, Object>();
			row.put("index", i);
			row.put("operation", change.operation().name());
			row.put("target", change.target().name());
			row.put("type", change.type());
			row.put("entityId", change.entityId());
			row.put("startId", change.startId());
			row.put("endId", change.endId());
			row.put("changed", change.changedProperties());
			row.put("before", change.before());
			row.put("after", change.after());
			rows.add(row);
		}
		var actor = draft.actor();
		var parameters = new HashMap<String, Object>();
		// milliseconds: the precision of the API's DateTime, so that an entry's time read there finds it again
		parameters.put("now", OffsetDateTime.ofInstant(this.clock.instant().truncatedTo(ChronoUnit.MILLIS),
				this.clock.getZone()));
		parameters.put("actor", actor.name());
		parameters.put("channel", actor.channel().name());
		parameters.put("source", actor.source());
		parameters.put("requestId", actor.requestId());
		parameters.put("operation", draft.operation());
		parameters.put("reason", draft.reason());
		parameters.put("idempotencyKey", draft.idempotencyKey());
		parameters.put("results", draft.results());
		parameters.put("changes", rows);
		var row = tx.run(APPEND, parameters).single();
		return Optional.of(new Appended(row.get("sequence").asLong(), row.get("at").asOffsetDateTime()));
	}

	/** An entry written under an idempotency key: its number, operation and answer. */
	public record KeyedEntry(long sequence, String operation, List<String> results) {
	}

	/** The number and time of an appended entry. */
	public record Appended(long sequence, OffsetDateTime at) {
	}

}
