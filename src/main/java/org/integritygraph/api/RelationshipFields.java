package org.integritygraph.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Dated;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Relations;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.LinkType;
import org.integritygraph.model.RelationshipField;
import org.integritygraph.model.Visibility;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Link;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Resolves every relationship field the model declares ({@link GraphModel#fields()}), the fields of the link
 * types ({@code Tenure}, {@code Signature} ...) and the lookups by id ({@code body(id)}), so that no
 * controller writes them by hand. Each relationship field has one batched loader, named after the field
 * ({@code Body.posts}), that reads the field for all parents of a request level with one query; a field
 * taking {@code at} is read once per distinct date.
 */
@Component
class RelationshipFields implements RuntimeWiringConfigurer {

	private final Dates dates;

	private final GraphReader reader;

	/** Every text the fields and lookups run, with parameters of the types they run with, to plan them. */
	private final Map<String, Map<String, Object>> texts = new LinkedHashMap<>();

	/** An id no node has ("-" starts none of the model's ids). */
	private static final String NO_ID = "-";

	RelationshipFields(Relations relations, GraphReader reader, Dates dates, BatchLoaderRegistry registry) {
		this.dates = dates;
		this.reader = reader;
		for (var field : GraphModel.fields()) {
			// two texts per field, whatever the request selects: the whole node, or the properties named by a parameter
			var whole = FieldQueries.cypher(field, false);
			var projected = FieldQueries.cypher(field, true);
			plannable(whole, field.at());
			plannable(projected, field.at());
			registry.<Key, List<Object>>forName(field.coordinates())
				.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
					var result = new HashMap<Key, List<Object>>();
					var viewer = Viewers.of(env);
					// one query per projection: the fields of one request level are all selected alike
					keys.stream().collect(Collectors.groupingBy(Key::properties, HashMap::new, Collectors.toList()))
						.forEach((properties, same) -> {
							var cypher = properties.isPresent() ? projected : whole;
							var parameters = Entities.projected(properties.orElse(null));
							var names = Entities.names(properties.orElse(null));
							if (field.at()) {
								Set<Dated<Entity>> dated = same.stream().map(key -> key.<Dated<Entity>>parentAs()).collect(Collectors.toSet());
								relations.manyAt(viewer, dated, Entity::id, cypher, parameters, r -> row(r, names))
									.forEach((parent, rows) -> result.put(new Key(parent, properties),
											values(field, parent.parent(), rows)));
							}
							else {
								List<Entity> parents = same.stream().map(key -> key.<Entity>parentAs()).toList();
								relations.many(viewer, parents, Entity::id, cypher, parameters, r -> row(r, names))
									.forEach((parent, rows) -> result.put(new Key(parent, properties),
											values(field, parent, rows)));
							}
						});
					return result;
				}));
		}
	}

	private void plannable(String cypher, boolean at) {
		var parameters = new HashMap<String, Object>(Map.of("ids", List.of(NO_ID), Entities.PROJECTED, List.of("id")));
		if (at) {
			parameters.put("at", LocalDate.EPOCH);
		}
		this.texts.put(cypher, parameters);
	}

	/**
	 * Runs every field's and lookup's queries once for an id that names nothing, so that Neo4j plans them
	 * before a user asks ({@link RequestWarmUp}): each has one text whatever a request selects.
	 * @return how many were planned
	 */
	int plan(Viewer viewer) {
		this.texts.forEach((cypher, parameters) -> this.reader.list(viewer, cypher, parameters, r -> r));
		return this.texts.size();
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		GraphModel.fields()
			.stream()
			.filter(field -> !field.handWritten())
			.forEach(field -> wiring.type(field.owner().name(),
					type -> type.dataFetcher(field.name(), env -> load(field, env))));
		GraphModel.linkTypes().forEach(link -> wiring.type(link.name(), type -> {
			// the link's ends and properties only read what its loader read: trivial, like a property, so that
			// graphql-java and Spring do not wrap them per call (context propagation)
			link.ends().forEach((name, end) -> type.dataFetcher(name, (TrivialDataFetcher<Object>) env -> end(env.getSource(), end)));
			link.properties()
				.forEach(name -> type.dataFetcher(name, (TrivialDataFetcher<Object>) env -> ((Link) env.getSource()).property(name)));
			return type;
		}));
		GraphModel.labels()
			.forEach(label -> label.lookup()
				.ifPresent(lookup -> wiring.type("Query", type -> type.dataFetcher(lookup, byId(label)))));
	}

	/**
	 * The field's values for the source of {@code env}, through the field's loader: a list, or the first
	 * value (null when none) for a single-valued field.
	 */
	private CompletableFuture<Object> load(RelationshipField field, DataFetchingEnvironment env) {
		Entity source = env.getSource();
		Object parent = field.at() ? new Dated<>(source, this.dates.orToday(env.<LocalDate>getArgument("at"))) : source;
		var key = new Key(parent, projection(field, env));
		DataLoader<Key, List<Object>> loader = env.getDataLoader(field.coordinates());
		return loader.load(key).thenApply(values -> field.many() ? values : (values.isEmpty() ? null : values.getFirst()));
	}

	/**
	 * What a field reads of its other ends ({@link Projections#ofOthers}), worked out once per request for each
	 * place the field is selected (its nodes in the document), not again for each of its parents.
	 */
	private static Optional<Set<String>> projection(RelationshipField field, DataFetchingEnvironment env) {
		Map<Object, Optional<Set<String>>> known = env.getGraphQlContext()
			.computeIfAbsent(PROJECTIONS, name -> new ConcurrentHashMap<>());
		// the place: the field's nodes in the document merged at that position (identity), and the field
		return known.computeIfAbsent(List.of(env.getMergedField().getFields(), field.coordinates()),
				place -> Optional.ofNullable(Projections.ofOthers(field, env.getSelectionSet())));
	}

	/** The request's {@link #projection}s, in its GraphQL context. */
	private static final String PROJECTIONS = RelationshipFields.class.getName() + ".projections";

	/**
	 * The values of a field without {@code at} for {@code parent}, every property of the other ends read (for a
	 * controller that narrows them by a property the request may not select).
	 */
	@SuppressWarnings("unchecked")
	static <T> CompletableFuture<List<T>> loadWhole(RelationshipField field, Entity parent, DataFetchingEnvironment env) {
		DataLoader<Key, List<Object>> loader = env.getDataLoader(field.coordinates());
		return loader.load(new Key(parent, Optional.empty())).thenApply(values -> (List<T>) values);
	}

	/**
	 * A list's page as a connection, read with {@code query}: of each node only what the request selects
	 * ({@link Projections}), and, in the same query, the relationship fields it selects of the nodes and of
	 * theirs ({@link #lookAhead}).
	 */
	<T extends Entity> Connection<T> list(ListQuery query, PageRequest page, Class<T> type, DataFetchingEnvironment env) {
		var selection = env.getSelectionSet();
		return query.fetch(this.reader, Viewers.of(env), page, selection.contains("totalCount"), type,
				Projections.ofConnection(query.label(), selection), lookAhead(query.label(), selection, env));
	}

	/**
	 * The look-ahead of a list of {@code label}: the relationship fields that the selection of its nodes
	 * ({@code nodes}, {@code edges { node }}) asks for, and, below a field that is not a link, those asked of
	 * its nodes in turn ({@value #AHEAD_DEPTH} levels in all), each read in the list's own query with the
	 * field's own Cypher ({@link FieldQueries#nested}) and handed to the field's loader as its answer for that
	 * parent ({@link DataLoader#prime}), under the key the field's fetcher asks it with: the loaders then have
	 * nothing left to read. At most {@value #MAX_AHEAD} fields are read ahead; the rest are left to their loaders.
	 */
	ListQuery.Prefetch lookAhead(Label label, DataFetchingFieldSelectionSet connection, DataFetchingEnvironment env) {
		var parameters = new HashMap<String, Object>();
		var plans = new ArrayList<Ahead>();
		var planned = new AtomicInteger();
		for (var nodes : connection.getFields("nodes", "edges/node")) {
			plans.addAll(plan(label, nodes.getSelectionSet(), 1, planned, parameters));
		}
		if (plans.isEmpty()) {
			return ListQuery.Prefetch.NONE;
		}
		var subqueries = plans.stream().map(ahead -> body(ahead, "n")).toList();
		var columns = plans.stream().map(Ahead::column).toList();
		return new ListQuery.Prefetch(subqueries, columns, parameters,
				(node, row) -> prime(plans, node, row::get, env));
	}

	/** Levels of relationship fields read ahead below a list's nodes. */
	static final int AHEAD_DEPTH = 2;

	/** The most relationship fields a list reads ahead. */
	static final int MAX_AHEAD = 8;

	/**
	 * What is read ahead of the nodes of {@code owner} selected with {@code selection}, each field numbered by
	 * {@code planned} (which counts every field read ahead in the list's query).
	 */
	private List<Ahead> plan(Label owner, DataFetchingFieldSelectionSet selection, int depth, AtomicInteger planned,
			Map<String, Object> parameters) {
		var plans = new ArrayList<Ahead>();
		for (var selected : selection.getImmediateFields()) {
			var field = Projections.derivedField(owner, selected.getName());
			if (field == null || planned.get() >= MAX_AHEAD) {
				continue;
			}
			var column = "ahead" + planned.getAndIncrement();
			var properties = Optional.ofNullable(Projections.ofOthers(field, selected.getSelectionSet()));
			var names = Entities.names(properties.orElse(null));
			if (names != null) {
				parameters.put(column + "Projected", names);
			}
			LocalDate at = null;
			if (field.at()) {
				at = this.dates.orToday((LocalDate) selected.getArguments().get("at"));
				parameters.put(column + "At", at);
			}
			var nested = (depth < AHEAD_DEPTH && field.link() == null && field.others().size() == 1)
					? plan(field.others().getFirst(), selected.getSelectionSet(), depth + 1, planned, parameters)
					: List.<Ahead>of();
			plans.add(new Ahead(field, column, at, properties, names, nested));
		}
		return plans;
	}

	/** The Cypher of a field read ahead for the node bound to {@code parent}, with what is read below it. */
	private static String body(Ahead ahead, String parent) {
		var nested = new LinkedHashMap<String, String>();
		ahead.nested().forEach(below -> nested.put(below.column(), body(below, FieldQueries.NESTED_PARENT)));
		return FieldQueries.nested(ahead.field(), parent, ahead.column(), ahead.column() + "At",
				ahead.properties().isPresent() ? ahead.column() + "Projected" : null, nested);
	}

	/** Hands each field read ahead for {@code owner} to its loader, and what was read below it likewise. */
	private static void prime(List<Ahead> plans, Entity owner, Function<String, Value> columns,
			DataFetchingEnvironment env) {
		for (var ahead : plans) {
			List<Value> read = columns.apply(ahead.column()).asList(value -> value);
			var rows = read.stream().map(value -> row(value, ahead.names())).toList();
			Object parent = ahead.field().at() ? new Dated<>(owner, ahead.at()) : owner;
			DataLoader<Key, List<Object>> loader = env.getDataLoader(ahead.field().coordinates());
			loader.prime(new Key(parent, ahead.properties()), values(ahead.field(), owner, rows));
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < rows.size() && !ahead.nested().isEmpty(); i++) {
				// each node once, with what was read of it on its first row, as the field's values keep it
				if (seen.add(rows.get(i).other().id())) {
					prime(ahead.nested(), rows.get(i).other(), read.get(i)::get, env);
				}
			}
		}
	}

	/**
	 * A relationship field read ahead: its column in the list's query, the date it is read on (a field taking
	 * {@code at}), the properties read of its other ends (empty for all) and their names in the order the query
	 * returns their values (null for all), and the fields read ahead below it.
	 */
	private record Ahead(RelationshipField field, String column, LocalDate at, Optional<Set<String>> properties,
			List<String> names, List<Ahead> nested) {
	}

	private DataFetcher<Entity> byId(Label label) {
		var cypher = "MATCH (n:%s {id: $id}) WHERE %s RETURN %%s AS n".formatted(label.name(), Visibility.predicate(label, "n"));
		var whole = cypher.formatted(Entities.projection("n", false));
		var projected = cypher.formatted(Entities.projection("n", true));
		this.texts.put(whole, Map.of("id", NO_ID));
		this.texts.put(projected, Map.of("id", NO_ID, Entities.PROJECTED, List.of("id")));
		return env -> {
			var properties = Projections.of(List.of(label), env.getSelectionSet());
			var parameters = new HashMap<String, Object>(Entities.projected(properties));
			parameters.put("id", env.<String>getArgument("id"));
			var names = Entities.names(properties);
			return this.reader
				.one(Viewers.of(env), (properties != null) ? projected : whole, parameters, r -> Entities.read(r.get("n"), names))
				.orElse(null);
		};
	}

	private static Object end(Link link, LinkType.End end) {
		var node = switch (end.side()) {
			case START -> link.start();
			case END -> link.end();
			case OTHER -> link.other();
		};
		return end.shows(GraphModel.labelOf(node)) ? node : null;
	}

	/**
	 * One row of a field's query (a record, or a map of its look-ahead): the other node, read as {@code names}
	 * ({@link Entities#read(Value, List)}), and the relationship's properties (a link's only).
	 */
	private static Row row(MapAccessor record, List<String> names) {
		var properties = new LinkedHashMap<String, Object>();
		if (record.containsKey("properties")) {
			properties.putAll(record.get("properties").asMap(Entities::value));
		}
		if (record.containsKey("from")) {
			properties.put("from", Entities.value(record.get("from")));
			properties.put("to", Entities.value(record.get("to")));
		}
		return new Row(Entities.read(record.get("node"), names), properties);
	}

	/**
	 * The values of a field for one owner: the links, or the nodes at the other end (each once, in the order
	 * of their first row).
	 */
	private static List<Object> values(RelationshipField field, Entity owner, List<Row> rows) {
		var values = new ArrayList<Object>(rows.size());
		if (field.link() != null) {
			rows.forEach(row -> values.add(new Link(field.relationship().type(), owner, row.other(), field.outgoing(),
					row.properties())));
			return values;
		}
		Set<String> seen = new HashSet<>();
		rows.stream().filter(row -> seen.add(row.other().id())).forEach(row -> values.add(row.other()));
		return values;
	}

	private record Row(Entity other, Map<String, Object> properties) {
	}

	/**
	 * The key of a field's loader: the parent (with the date asked for, for a field taking {@code at}) and the
	 * properties read of the other ends ({@link Projections}), empty for all: the same parent selected twice
	 * differently is loaded twice.
	 */
	record Key(Object parent, Optional<Set<String>> properties) {

		@SuppressWarnings("unchecked")
		<P> P parentAs() {
			return (P) this.parent;
		}

	}

}
