package org.integritygraph.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.CommitmentEvent;
import org.integritygraph.model.entity.Record;
import org.integritygraph.model.entity.RecordEvent;
import org.integritygraph.monitoring.MonitoringFacts.Bound;
import org.integritygraph.monitoring.MonitoringFacts.TreeBody;
import org.integritygraph.profile.CommitmentHistory;
import org.integritygraph.profile.RecordHistory;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Reads the facts of a region with four read-only queries of {@code queries/monitoring/}, whatever the number of
 * bodies: the region's tree, then the commitments, records and objections of all its bodies at once ({@code $ids}).
 */
@Component
class MonitoringQueries {

	private final GraphReader reader;

	private final NamedQueries queries;

	MonitoringQueries(GraphReader reader, NamedQueries queries) {
		this.reader = reader;
		this.queries = queries;
	}

	/** The region's bodies on {@code at}, the region first; empty for an unknown region. */
	Map<String, TreeBody> tree(String regionId, LocalDate at) {
		var bodies = new LinkedHashMap<String, TreeBody>();
		this.reader.list(this.queries.get("monitoring/region_tree"), Map.of("regionId", regionId, "at", at), row -> {
			var body = Entities.as(row.get("body"), Body.class);
			return new TreeBody(body, row.get("depth").asInt(), row.get("unitId").asString(null));
		}).forEach(body -> bodies.putIfAbsent(body.body().id(), body));
		return bodies;
	}

	/** The facts of the bodies of a tree read by {@link #tree}, for months ending by {@code at} whose windows start by {@code from}. */
	MonitoringFacts facts(Map<String, TreeBody> tree, LocalDate at, LocalDate from) {
		var ids = List.copyOf(tree.keySet());
		var parameters = Map.<String, Object>of("ids", ids, "at", at, "from", from);
		var commitments = latest(this.reader.list(this.queries.get("monitoring/commitments"), parameters,
				row -> bound(row, (value, events) -> CommitmentHistory.of(Entities.as(value, Commitment.class),
						events.stream().map(e -> Entities.as(e, CommitmentEvent.class)).toList(),
						row.get("withoutEvents").asBoolean()))), h -> h.commitment().id());
		var records = latest(this.reader.list(this.queries.get("monitoring/records"), parameters,
				row -> bound(row, (value, events) -> RecordHistory.of(Entities.as(value, Record.class),
						events.stream().map(e -> Entities.as(e, RecordEvent.class)).toList(),
						row.get("withoutEvents").asBoolean()))), h -> h.record().id());
		var objections = this.reader
			.list(this.queries.get("monitoring/objections"), Map.of("ids", ids, "at", at),
					row -> bound(row, (value, events) -> RecordHistory.of(Entities.as(value, Record.class),
							events.stream().map(e -> Entities.as(e, RecordEvent.class)).toList(), false)))
			.stream()
			.map(Stepped::bound)
			.toList();
		return new MonitoringFacts(tree.values().iterator().next().body(), at, tree, commitments, records, objections);
	}

	Optional<Body> body(String id) {
		return this.reader.one("MATCH (b:Body {id: $id}) RETURN b", Map.of("id", id),
				row -> Entities.as(row.get("b"), Body.class));
	}

	private static <T> Stepped<T> bound(org.neo4j.driver.Record row, BiFunction<Value, List<Value>, T> history) {
		var value = row.containsKey("commitment") ? row.get("commitment") : row.get("record");
		return new Stepped<>(new Bound<>(row.get("bodyId").asString(), history.apply(value, row.get("events").asList(v -> v))),
				row.get("steps").asInt());
	}

	/**
	 * Each commitment or record once: when it reaches the region through several bodies (a predecessor still in the
	 * region and its successor), it counts for the latest successor.
	 */
	private static <T> List<Bound<T>> latest(List<Stepped<T>> rows, Function<T, String> idOf) {
		var byId = new LinkedHashMap<String, Stepped<T>>();
		for (var row : rows) {
			byId.merge(idOf.apply(row.bound().history()), row, (a, b) -> (b.steps() > a.steps()) ? b : a);
		}
		return new ArrayList<>(byId.values().stream().map(Stepped::bound).toList());
	}

	private record Stepped<T>(Bound<T> bound, int steps) {
	}

}
