package org.integritygraph.graph;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * Loads a related field for a whole list of parents with one query, which is how the API avoids
 * N+1 reads. The Cypher takes the parents' ids as {@code $ids} (and {@code $at} for dated fields)
 * and returns a {@code key} column with the parent's id beside the columns the mapper reads.
 */
@Component
public class Relations {

	private final GraphReader reader;

	Relations(GraphReader reader) {
		this.reader = reader;
	}

	/**
	 * Every parent mapped to its related rows as {@code viewer} may see them, in the order the query returns
	 * them (empty when none).
	 */
	public <P, T> Map<P, List<T>> many(Viewer viewer, Collection<P> parents, Function<P, String> idOf, String cypher,
			Function<Record, T> mapper) {
		return many(viewer, parents, idOf, cypher, Map.of(), mapper);
	}

	public <P, T> Map<P, List<T>> many(Viewer viewer, Collection<P> parents, Function<P, String> idOf, String cypher,
			Map<String, ?> parameters, Function<Record, T> mapper) {
		if (parents.isEmpty()) {
			return Map.of();
		}
		var ids = parents.stream().map(idOf).collect(Collectors.toCollection(LinkedHashSet::new));
		var params = new HashMap<String, Object>(parameters);
		params.put("ids", List.copyOf(ids));
		var rows = this.reader.list(viewer, cypher, params, r -> Map.entry(r.get("key").asString(), mapper.apply(r)));
		Map<String, List<T>> byId = rows.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		var result = new LinkedHashMap<P, List<T>>();
		parents.forEach(p -> result.put(p, byId.getOrDefault(idOf.apply(p), List.of())));
		return result;
	}

	/** Every parent mapped to its first related row (absent when none). */
	public <P, T> Map<P, T> one(Viewer viewer, Collection<P> parents, Function<P, String> idOf, String cypher,
			Function<Record, T> mapper) {
		var result = new LinkedHashMap<P, T>();
		many(viewer, parents, idOf, cypher, mapper).forEach((p, rows) -> {
			if (!rows.isEmpty()) {
				result.put(p, rows.getFirst());
			}
		});
		return result;
	}

	/** Like {@link #many} for a field taking {@code at: Date}: one query per distinct date asked. */
	public <P, T> Map<Dated<P>, List<T>> manyAt(Viewer viewer, Set<Dated<P>> keys, Function<P, String> idOf,
			String cypher, Function<Record, T> mapper) {
		return manyAt(viewer, keys, idOf, cypher, Map.of(), mapper);
	}

	/** Like {@link #manyAt}, with the query's other parameters. */
	public <P, T> Map<Dated<P>, List<T>> manyAt(Viewer viewer, Set<Dated<P>> keys, Function<P, String> idOf,
			String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		var result = new HashMap<Dated<P>, List<T>>();
		Map<LocalDate, List<Dated<P>>> byDate = keys.stream().collect(Collectors.groupingBy(Dated::at));
		byDate.forEach((at, sameDate) -> {
			var parents = sameDate.stream().map(Dated::parent).toList();
			var params = new HashMap<String, Object>(parameters);
			params.put("at", at);
			many(viewer, parents, idOf, cypher, params, mapper)
				.forEach((parent, rows) -> result.put(new Dated<>(parent, at), rows));
		});
		return result;
	}

	/** Like {@link #one} for a field taking {@code at: Date}. */
	public <P, T> Map<Dated<P>, T> oneAt(Viewer viewer, Set<Dated<P>> keys, Function<P, String> idOf, String cypher,
			Function<Record, T> mapper) {
		var result = new HashMap<Dated<P>, T>();
		manyAt(viewer, keys, idOf, cypher, mapper).forEach((key, rows) -> {
			if (!rows.isEmpty()) {
				result.put(key, rows.getFirst());
			}
		});
		return result;
	}

}
