package org.integritygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.integritygraph.model.Entities;
import org.integritygraph.model.Label;
import org.integritygraph.model.Visibility;
import org.integritygraph.model.entity.Entity;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Record;

/**
 * A filtered, sorted, paginated list of one label, built term by term ({@link #in}, {@link #where},
 * {@link #orderBy}, ...) with Cypher-DSL: every value is a parameter, and every label, property name or condition
 * written in Cypher comes from code, never from input. The rows and their count keep only the nodes the viewer may
 * see ({@link Visibility}): a count never reveals a hidden row.
 * <p>
 * The query's text depends only on its form: which terms were given (not their values), the order, and how each
 * node is read (whole or projected, and what is read ahead of it). Each term adds its part of the form as it adds
 * its condition, so the form names the text exactly, and the text is rendered once per form ({@link #TEXTS}):
 * Cypher-DSL renders by walking the statement reflectively, some 7 % of a nested list's time when done for every
 * request.
 */
public final class ListQuery {

	/** The variable of the listed node, which conditions written in Cypher ({@link #where}) use. */
	public static final String NODE = "n";

	/**
	 * The texts rendered, by form: as many as Neo4j keeps plans of by default ({@code server.db.query_cache_size}),
	 * a form falling out is only rendered again.
	 */
	private static final Cache<Form, String> TEXTS = Caffeine.newBuilder().maximumSize(1_000).build();

	/** The column that tells whether rows follow the page, when the row after it is not returned. */
	private static final SymbolicName MORE = Cypher.name("more");

	private final Label label;

	private final Node node;

	private Condition where = Cypher.noCondition();

	private final List<SortItem> order = new ArrayList<>();

	private final StringBuilder form = new StringBuilder();

	private final Map<String, Object> values = new HashMap<>();

	private ListQuery(Label label) {
		this.label = label;
		this.node = Cypher.node(label.name()).named(NODE);
	}

	/** Every node of {@code label} (that the viewer may see), until terms narrow or order it. */
	public static ListQuery of(Label label) {
		return new ListQuery(label);
	}

	public Label label() {
		return this.label;
	}

	/**
	 * Only nodes whose {@code property} is one of {@code values} (the parameter of the property's name); all when
	 * none are given.
	 */
	public ListQuery in(String property, List<?> values) {
		if (values == null || values.isEmpty()) {
			return this;
		}
		return and("IN " + property, this.node.property(property).in(Cypher.parameter(property)), property, values);
	}

	/**
	 * Only nodes whose {@code property} starts with {@code text} (the parameter of the property's name); all when
	 * none is given.
	 */
	public ListQuery startsWith(String property, String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		return and("STARTS " + property, this.node.property(property).startsWith(Cypher.parameter(property)), property,
				text);
	}

	/** Only nodes whose {@code property} is {@code value} or later ({@code $parameter}); all when none is given. */
	public ListQuery atLeast(String property, String parameter, Object value) {
		if (value == null) {
			return this;
		}
		return and(">= " + property + " " + parameter, this.node.property(property).gte(Cypher.parameter(parameter)),
				parameter, value);
	}

	/** Only nodes whose {@code property} is before {@code value} ({@code $parameter}); all when none is given. */
	public ListQuery before(String property, String parameter, Object value) {
		if (value == null) {
			return this;
		}
		return and("< " + property + " " + parameter, this.node.property(property).lt(Cypher.parameter(parameter)),
				parameter, value);
	}

	/** Only nodes whose Chinese or English name contains {@code text}, ignoring case; all when none is given. */
	public ListQuery nameContains(String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		var name = Cypher.parameter("name");
		return and("NAME", Cypher.toLower(this.node.property("name"))
			.contains(name)
			.or(Cypher.toLower(this.node.property("nameEn")).contains(name)), "name", text.toLowerCase(Locale.ROOT));
	}

	/**
	 * Only nodes that meet {@code cypher}, a condition on {@value #NODE} written in the code (never built from
	 * input) with {@code parameters}; the text is part of the form.
	 */
	public ListQuery where(String cypher, Map<String, ?> parameters) {
		this.form.append("WHERE ").append(cypher).append('\n');
		this.where = this.where.and(Cypher.raw(cypher).asCondition());
		parameters.forEach(this::value);
		return this;
	}

	/**
	 * Only nodes that meet {@code cypher}, a condition on {@value #NODE} written in the code with one parameter,
	 * {@code $parameter}; all when no value is given (null or blank text).
	 */
	public ListQuery where(String cypher, String parameter, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return this;
		}
		return where(cypher, Map.of(parameter, value));
	}

	/** Sorted by {@code property}, after the orders given before. */
	public ListQuery orderBy(String property, Direction direction) {
		this.form.append("ORDER ").append(property).append(' ').append(direction).append('\n');
		this.order.add(direction.sort(this.node.property(property)));
		return this;
	}

	/** Sorted by {@code cypher}, an expression of {@value #NODE} written in the code, after the orders given before. */
	public ListQuery orderByCypher(String cypher, Direction direction) {
		this.form.append("ORDER BY ").append(cypher).append(' ').append(direction).append('\n');
		this.order.add(direction.sort(Cypher.raw(cypher)));
		return this;
	}

	private ListQuery and(String term, Condition condition, String parameter, Object value) {
		this.form.append(term).append('\n');
		this.where = this.where.and(condition);
		value(parameter, value);
		return this;
	}

	private void value(String parameter, Object value) {
		var before = this.values.putIfAbsent(parameter, value);
		if (before != null && !Objects.equals(before, value)) {
			throw new IllegalStateException("Parameter $" + parameter + " given two values");
		}
	}

	public <T extends Entity> Connection<T> fetch(GraphReader reader, Viewer viewer, PageRequest page,
			boolean countTotal, Class<T> type) {
		return fetch(reader, viewer, page, countTotal, type, null);
	}

	/**
	 * The page, reading only {@code properties} of each node ({@link Entities#projection}), or every property
	 * when null.
	 */
	public <T extends Entity> Connection<T> fetch(GraphReader reader, Viewer viewer, PageRequest page,
			boolean countTotal, Class<T> type, Set<String> properties) {
		return fetch(reader, viewer, page, countTotal, type, properties, Prefetch.NONE);
	}

	/**
	 * The page, reading only {@code properties} of each node (every property when null), and in the same query
	 * what {@code prefetch} reads of each node of the page.
	 */
	public <T extends Entity> Connection<T> fetch(GraphReader reader, Viewer viewer, PageRequest page,
			boolean countTotal, Class<T> type, Set<String> properties, Prefetch prefetch) {
		// the row after the page only tells that there is a next page: nothing is read ahead of it (a page of none
		// reads nothing ahead, and its row tells as before)
		boolean prefetching = !prefetch.subqueries().isEmpty() && page.limit() > 0;
		var terms = this.form.toString();
		var rows = new Form(this.label, terms, false, properties != null, prefetching,
				prefetch.subqueries(), prefetch.columns());
		var parameters = new HashMap<String, Object>(this.values);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit() + 1);
		if (prefetching) {
			parameters.put("shown", page.limit());
		}
		parameters.putAll(Entities.projected(properties));
		parameters.putAll(prefetch.parameters());
		var names = Entities.names(properties);
		var more = new AtomicBoolean();
		List<T> found = reader.list(viewer, TEXTS.get(rows, this::render), parameters, r -> {
			var node = type.cast(Entities.read(r.get(0), names));
			if (prefetching) {
				more.set(r.get(MORE.getValue()).asBoolean());
			}
			prefetch.rows().accept(node, r);
			return node;
		});
		Integer total = null;
		if (countTotal) {
			var count = new Form(this.label, terms, true, false, false, List.of(), List.of());
			total = reader.one(viewer, TEXTS.get(count, this::render), this.values, r -> r.get(0).asInt()).orElse(0);
		}
		return prefetching ? page.connection(found, more.get(), total) : page.connection(found, total);
	}

	/**
	 * All that the text of a list's query depends on: the label, the terms' form, rows or their count, how a node is
	 * read, and what is read ahead of it. The same form, the same text.
	 */
	private record Form(Label label, String terms, boolean count, boolean projected, boolean prefetching,
			List<String> subqueries, List<String> columns) {
	}

	/** The text of {@code form}, of this query's terms (whose form it is). */
	private String render(Form form) {
		var visible = this.where.and(Cypher.raw(Visibility.predicate(this.label, NODE)).asCondition());
		if (form.count()) {
			return Cypher.match(this.node).where(visible).returning(Cypher.count(this.node)).build().getCypher();
		}
		var sort = new ArrayList<>(this.order);
		sort.add(this.node.property("id").ascending());
		// the page first, then what is read of its nodes: a projection before the sort would read every match
		StatementBuilder.OngoingReading ongoing = Cypher.match(this.node)
			.where(visible)
			.with(this.node)
			.orderBy(sort)
			.skip(Cypher.parameter("offset"))
			.limit(Cypher.parameter("limit"));
		var columns = new ArrayList<Expression>();
		columns.add(Cypher.raw(Entities.projection(NODE, form.projected())));
		if (form.prefetching()) {
			ongoing = shownAndMore(ongoing);
			columns.add(MORE);
		}
		for (var subquery : form.subqueries()) {
			ongoing = ongoing.callRawCypher(subquery);
		}
		form.columns().forEach(column -> columns.add(Cypher.raw(column)));
		return ongoing.returning(columns).build().getCypher();
	}

	/**
	 * The page's rows without the one after it ({@code limit + 1} were matched), each with {@link #MORE}: the
	 * nodes collected, the first {@code $shown} unwound again as {@code n}, in their order.
	 */
	private StatementBuilder.OngoingReading shownAndMore(StatementBuilder.OngoingReading limited) {
		var matched = Cypher.name("page");
		var shown = Cypher.parameter("shown");
		return limited.with(Cypher.collect(this.node).as(matched))
			.with(Cypher.raw("$E[..$E]", matched, shown).as("shown"), Cypher.size(matched).gt(shown).as(MORE))
			.unwind(Cypher.name("shown"))
			.as(this.node.getRequiredSymbolicName());
	}

	/**
	 * What a list reads of each node of its page in its own query, besides the node (a look-ahead): the bodies
	 * of {@code CALL} subqueries run for each node (bound by the list's variable, {@code n}), the columns they
	 * return, their parameters, and what is done with each row (the node read and its record).
	 */
	public record Prefetch(List<String> subqueries, List<String> columns, Map<String, Object> parameters,
			BiConsumer<Entity, Record> rows) {

		/** Nothing read besides the nodes. */
		public static final Prefetch NONE = new Prefetch(List.of(), List.of(), Map.of(), (node, row) -> {
		});

	}

}
