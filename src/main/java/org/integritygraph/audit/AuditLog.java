package org.integritygraph.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integritygraph.graph.Connection;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.graph.KnownAt;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.Visibility;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Reads the audit trail: the log for auditors, the history of entities, the change feed. Every read is a
 * read-only query; under a {@link KnownAt recorded time} only the entries recorded by then are read.
 */
@Service
public class AuditLog {

	private static final String FILTER = """
			WHERE ($knownAt IS NULL OR e.at <= $knownAt)
			  AND ($actor IS NULL OR e.actor = $actor)
			  AND ($operation IS NULL OR e.operation = $operation)
			  AND ($channel IS NULL OR e.channel = $channel)
			  AND ($from IS NULL OR e.at >= $from)
			  AND ($to IS NULL OR e.at < $to)
			""";

	// An entity's entries start from its changes (indexed by entityId, startId and endId).
	private static final String ENTRIES_OF_ENTITY = """
			CALL () {
			  MATCH (c:AuditChange {entityId: $entityId}) RETURN c
			  UNION
			  MATCH (c:AuditChange {startId: $entityId}) RETURN c
			  UNION
			  MATCH (c:AuditChange {endId: $entityId}) RETURN c
			}
			MATCH (e:AuditEntry)-[:HAS_CHANGE]->(c)
			WITH DISTINCT e
			""";

	private static final String ALL_ENTRIES = "MATCH (e:AuditEntry)\n";

	private static final String PAGE = "RETURN e ORDER BY e.sequence DESC SKIP $offset LIMIT $limit";

	private static final String COUNT = "RETURN count(e)";

	private static final String ENTRY = "MATCH (e:AuditEntry {sequence: $sequence}) RETURN e";

	/** The states of the change {@code c}: before (none for a creation) and after (see {@link #DERIVED}). */
	private static final String STATES = """
			OPTIONAL MATCH (c)-[:BEFORE]->(b:AuditState)
			OPTIONAL MATCH (c)-[:AFTER]->(a:AuditState)
			""";

	/**
	 * The state after of a creation that the bulk load recorded without it ({@link org.integritygraph.ingest.BulkLoad}:
	 * a node, or a relationship of a type without keys, the only one of its type between its two nodes), for the
	 * change bound to {@code c}, as {@code derived}: the state before the next change of the same node or
	 * relationship, or, when none came after, the node or relationship as it is now (nothing is ever deleted).
	 * Only the changes read without a state after are asked for ({@link #DERIVE}): the other reads stay as simple
	 * as they were.
	 */
	public static final String DERIVED = """
			CALL (c) {
			  WITH c WHERE c.target = 'NODE'
			  OPTIONAL MATCH (next:AuditChange {entityId: c.entityId})-[:BEFORE]->(s:AuditState)
			  WHERE next.sequence > c.sequence
			  WITH c, s ORDER BY next.sequence, next.index LIMIT 1
			  OPTIONAL MATCH (n:Entity {id: c.entityId}) WHERE s IS NULL
			  RETURN coalesce(properties(s), properties(n)) AS derived
			  UNION
			  WITH c WHERE c.target = 'RELATIONSHIP'
			  OPTIONAL MATCH (next:AuditChange {startId: c.startId})-[:BEFORE]->(s:AuditState)
			  WHERE next.endId = c.endId AND next.type = c.type AND next.sequence > c.sequence
			  WITH c, s ORDER BY next.sequence, next.index LIMIT 1
			  OPTIONAL MATCH (:Entity {id: c.startId})-[r:$(c.type)]->(:Entity {id: c.endId}) WHERE s IS NULL
			  RETURN coalesce(properties(s), properties(r)) AS derived LIMIT 1
			}
			""";

	private static final String DERIVE = """
			UNWIND $changes AS change
			MATCH (c:AuditChange) WHERE elementId(c) = change
			""" + DERIVED + """
			RETURN change, derived
			""";

	private static final String HISTORY = """
			UNWIND $ids AS id
			CALL (id) {
			  MATCH (c:AuditChange {entityId: id}) RETURN c
			  UNION
			  MATCH (c:AuditChange {startId: id}) RETURN c
			  UNION
			  MATCH (c:AuditChange {endId: id}) RETURN c
			}
			WITH id, c WHERE $knownAt IS NULL OR c.at <= $knownAt
			MATCH (e:AuditEntry)-[:HAS_CHANGE]->(c)
			""" + STATES + """
			RETURN id AS key, e, c, properties(b) AS before, properties(a) AS after, elementId(c) AS change
			ORDER BY c.sequence, c.index
			""";

	/**
	 * The change {@code c} is of something the viewer may see today ({@link Visibility}): its node, or both ends
	 * of its relationship, as they are now. For a viewer who sees everything, every change.
	 */
	private static final String VISIBLE = """
			  AND ($disclosure.all OR CASE c.target
			    WHEN 'NODE' THEN EXISTS { MATCH (n:Entity {id: c.entityId}) WHERE %1$s }
			    ELSE EXISTS { MATCH (n:Entity {id: c.startId}) WHERE %1$s }
			      AND EXISTS { MATCH (n:Entity {id: c.endId}) WHERE %1$s }
			  END)
			""".formatted(Visibility.predicate("n"));

	private static final String CHANGES_OF_ENTRIES = """
			MATCH (e:AuditEntry)-[:HAS_CHANGE]->(c:AuditChange)
			WHERE e.sequence IN $sequences
			""" + VISIBLE + STATES + """
			RETURN e.sequence AS key, e, c, properties(b) AS before, properties(a) AS after, elementId(c) AS change
			ORDER BY c.sequence, c.index
			""";

	private static final String FEED_ENTRIES = """
			MATCH (e:AuditEntry)
			WHERE e.sequence > $after AND ($knownAt IS NULL OR e.at <= $knownAt)
			RETURN e.sequence AS sequence, e.changeCount AS changes ORDER BY e.sequence LIMIT $limit
			""";

	/**
	 * The most changes a page of the feed reads past its first entry (an import entry holds up to a batch's worth,
	 * 10,000 by default): a page ends before the entry that would take it over, so no call answers with more
	 * than one large entry.
	 */
	static final long MAX_FEED_CHANGES = 10_000;

	private static final String FEED_CHANGES = """
			MATCH (e:AuditEntry)-[:HAS_CHANGE]->(c:AuditChange)
			WHERE e.sequence IN $sequences AND ($types IS NULL OR c.type IN $types)
			""" + VISIBLE + STATES + """
			RETURN e, c, properties(b) AS before, properties(a) AS after, elementId(c) AS change
			ORDER BY c.sequence, c.index
			""";

	private final GraphReader reader;

	AuditLog(GraphReader reader) {
		this.reader = reader;
	}

	/** A page of the entries that pass the filter, newest first. */
	public Connection<AuditEntry> entries(AuditFilter filter, PageRequest page, boolean countTotal) {
		var parameters = knownAt();
		var actual = (filter != null) ? filter : AuditFilter.NONE;
		parameters.put("actor", actual.actor());
		parameters.put("operation", actual.operation());
		parameters.put("channel", actual.channel());
		parameters.put("from", actual.from());
		parameters.put("to", actual.to());
		parameters.put("entityId", actual.entityId());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit() + 1);
		var match = (actual.entityId() != null) ? ENTRIES_OF_ENTITY : ALL_ENTRIES;
		var rows = this.reader.readLog(match + FILTER + PAGE, parameters, row -> AuditEntry.of(row.get("e")));
		Integer total = null;
		if (countTotal) {
			total = this.reader.readLog(match + FILTER + COUNT, parameters, row -> row.get(0).asInt())
				.stream()
				.findFirst()
				.orElse(0);
		}
		return page.connection(rows, total);
	}

	/** The entry numbered {@code sequence}, if it exists (and, under a recorded time, was recorded by then). */
	public Optional<AuditEntry> entry(long sequence) {
		return this.reader.readLog(ENTRY, Map.of("sequence", sequence), row -> AuditEntry.of(row.get("e")))
			.stream()
			.filter(entry -> KnownAt.current().map(knownAt -> !entry.at().isAfter(knownAt)).orElse(true))
			.findFirst();
	}

	/** The recorded changes of each entity and its relationships, oldest first, by the entity's id. */
	public Map<String, List<RecordedChange>> historyOf(Collection<String> ids) {
		var parameters = knownAt();
		parameters.put("ids", List.copyOf(ids));
		var byId = new LinkedHashMap<String, List<RecordedChange>>();
		ids.forEach(id -> byId.put(id, new ArrayList<>()));
		var rows = this.reader.readLog(HISTORY, parameters, row -> row);
		var changes = recorded(rows);
		for (int i = 0; i < rows.size(); i++) {
			byId.get(rows.get(i).get("key").asString()).add(changes.get(i));
		}
		return byId;
	}

	/**
	 * The changes of each entry that {@code viewer} may see ({@link RecordedChange#as}), in the order they were
	 * made, by the entry's number.
	 */
	public Map<Long, List<RecordedChange>> changesOf(Collection<Long> sequences, Viewer viewer) {
		var bySequence = new LinkedHashMap<Long, List<RecordedChange>>();
		sequences.forEach(sequence -> bySequence.put(sequence, new ArrayList<>()));
		var rows = this.reader.readLog(CHANGES_OF_ENTRIES, viewer.with(Map.of("sequences", List.copyOf(sequences))),
				row -> row);
		var changes = recorded(rows);
		for (int i = 0; i < rows.size(); i++) {
			bySequence.get(rows.get(i).get("key").asLong()).add(changes.get(i).as(viewer));
		}
		return bySequence;
	}

	/**
	 * The change feed: the changes of at most {@code first} entries committed after the cursor {@code after},
	 * in commit order, only those of the labels and relationship types {@code types} when given, and only those
	 * {@code viewer} may see ({@link RecordedChange#as}): a page may hold fewer changes than its entries made,
	 * or none, while {@code hasMore} says whether to go on.
	 */
	public ChangeFeed feed(String after, List<String> types, int first, Viewer viewer) {
		var from = cursor(after);
		var parameters = knownAt();
		parameters.put("after", from);
		parameters.put("limit", first + 1);
		var entries = this.reader.readLog(FEED_ENTRIES, parameters,
				row -> new FeedEntry(row.get("sequence").asLong(), row.get("changes").asLong(0)));
		var read = page(entries, first, MAX_FEED_CHANGES);
		var hasMore = entries.size() > read.size();
		if (read.isEmpty()) {
			return new ChangeFeed(List.of(), String.valueOf(from), false);
		}
		var changeParameters = new HashMap<String, Object>();
		changeParameters.put("sequences", List.copyOf(read));
		changeParameters.put("types", (types == null || types.isEmpty()) ? null : List.copyOf(types));
		var rows = this.reader.readLog(FEED_CHANGES, viewer.with(changeParameters), row -> row);
		var changes = recorded(rows).stream().map(change -> change.as(viewer)).toList();
		return new ChangeFeed(changes, String.valueOf(read.getLast()), hasMore);
	}

	/**
	 * Runs the trail's reads once on entries and ids that do not exist, as {@code viewer}, so that Neo4j plans
	 * them before an auditor's first request ({@link AuditWarmUp}): planning the feed's page of changes took
	 * 1.7 s, reading it 0.1–0.2 s.
	 * @return how many reads were planned
	 */
	int plan(Viewer viewer) {
		var none = List.of(-1L);
		var feed = new HashMap<String, Object>();
		feed.put("sequences", none);
		feed.put("types", null);
		List<Runnable> reads = List.of(
				() -> entries(AuditFilter.NONE, PageRequest.of(1, null), true),
				() -> entries(new AuditFilter(null, null, null, NO_ID, null, null), PageRequest.of(1, null), true),
				() -> historyOf(List.of(NO_ID)),
				() -> changesOf(none, viewer),
				// the feed past its last entry reads no changes: its page of changes is planned on its own
				() -> feed(String.valueOf(Long.MAX_VALUE), null, 1, viewer),
				() -> this.reader.readLog(FEED_CHANGES, viewer.with(feed), row -> row),
				() -> this.reader.readLog(DERIVE, Map.of("changes", List.of(NO_ID)), row -> row));
		reads.forEach(Runnable::run);
		return reads.size();
	}

	/** An id no node has. */
	private static final String NO_ID = "-";

	/**
	 * The changes of rows with an entry {@code e}, a change {@code c} (its element id as {@code change}) and its
	 * states, in the rows' order; the states after that were not recorded are derived ({@link #DERIVED}) in one more
	 * read for all of them.
	 */
	private List<RecordedChange> recorded(List<Record> rows) {
		var missing = rows.stream()
			.filter(row -> row.get("after").isNull())
			.map(row -> row.get("change").asString())
			.toList();
		var derived = new HashMap<String, Value>();
		if (!missing.isEmpty()) {
			this.reader.readLog(DERIVE, Map.of("changes", missing), row -> row)
				.forEach(row -> derived.put(row.get("change").asString(), row.get("derived")));
		}
		return rows.stream()
			.map(row -> RecordedChange.of(row,
					row.get("after").isNull() ? derived.get(row.get("change").asString()) : row.get("after")))
			.toList();
	}

	/**
	 * The sequences of the entries a page reads, in order: at most {@code first}, and past the first one no more
	 * than {@code maxChanges} changes in all.
	 */
	static List<Long> page(List<FeedEntry> entries, int first, long maxChanges) {
		var read = new ArrayList<Long>();
		long changes = 0;
		for (var entry : entries) {
			if (read.size() == first || (!read.isEmpty() && changes + entry.changes() > maxChanges)) {
				break;
			}
			read.add(entry.sequence());
			changes += entry.changes();
		}
		return read;
	}

	/** An entry the feed may read: its number and how many changes it holds. */
	record FeedEntry(long sequence, long changes) {
	}

	private static long cursor(String after) {
		if (after == null || after.isBlank()) {
			return 0;
		}
		try {
			var sequence = Long.parseLong(after);
			if (sequence >= 0) {
				return sequence;
			}
		}
		catch (NumberFormatException ex) {
			// the typed error below
		}
		throw new InvalidArgumentException("after", "Argument 'after' is not a cursor of the change feed.");
	}

	private static Map<String, Object> knownAt() {
		var parameters = new HashMap<String, Object>();
		parameters.put("knownAt", KnownAt.current().orElse(null));
		return parameters;
	}

}
