package org.integritygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import org.integritygraph.model.Entities;
import org.integritygraph.model.Label;
import org.integritygraph.model.Visibility;
import org.integritygraph.model.entity.Entity;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Record;

/**
 * A filtered, sorted, paginated list of one label, built with Cypher-DSL so that every value is a
 * parameter and every label or property name comes from code, never from input. The rows and their count
 * keep only the nodes the viewer may see ({@link Visibility}): a count never reveals a hidden row.
 *
 * @param label the label listed
 * @param node the pattern node, e.g. {@code ListQuery.node(GraphModel.BODY)}
 * @param where the filter ({@link Cypher#noCondition()} for none)
 * @param order sort items; the node's id is always added last so pages are stable
 */
public record ListQuery(Label label, Node node, Condition where, List<SortItem> order) {

	/** The pattern node {@code n} of a label of the model. */
	public static Node node(Label label) {
		return Cypher.node(label.name()).named("n");
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
			boolean countTotal, Class<T> type, java.util.Set<String> properties) {
		return fetch(reader, viewer, page, countTotal, type, properties, Prefetch.NONE);
	}

	/**
	 * The page, reading only {@code properties} of each node (every property when null), and in the same query
	 * what {@code prefetch} reads of each node of the page.
	 */
	public <T extends Entity> Connection<T> fetch(GraphReader reader, Viewer viewer, PageRequest page,
			boolean countTotal, Class<T> type, java.util.Set<String> properties, Prefetch prefetch) {
		var where = this.where
			.and(Cypher.raw(Visibility.predicate(this.label, this.node.getRequiredSymbolicName().getValue())).asCondition());
		var sort = new ArrayList<>(this.order);
		sort.add(this.node.property("id").ascending());
		// the page first, then what is read of its nodes: a projection before the sort would read every match
		StatementBuilder.OngoingReading ongoing = Cypher.match(this.node)
			.where(where)
			.with(this.node)
			.orderBy(sort)
			.skip(Cypher.parameter("offset", page.offset()))
			.limit(Cypher.parameter("limit", page.limit() + 1));
		var columns = new ArrayList<Expression>();
		columns.add(Cypher.raw(Entities.projection(this.node.getRequiredSymbolicName().getValue(), properties != null)));
		// the row after the page only tells that there is a next page: nothing is read ahead of it (a page of none
		// reads nothing ahead, and its row tells as before)
		boolean prefetching = !prefetch.subqueries().isEmpty() && page.limit() > 0;
		if (prefetching) {
			ongoing = shownAndMore(ongoing, page);
			columns.add(MORE);
		}
		for (var subquery : prefetch.subqueries()) {
			ongoing = ongoing.callRawCypher(subquery);
		}
		prefetch.columns().forEach(column -> columns.add(Cypher.raw(column)));
		Statement rows = ongoing.returning(columns).build();
		var parameters = new HashMap<String, Object>(rows.getCatalog().getParameters());
		parameters.putAll(Entities.projected(properties));
		parameters.putAll(prefetch.parameters());
		var names = Entities.names(properties);
		var more = new AtomicBoolean();
		List<T> found = reader.list(viewer, rows.getCypher(), parameters, r -> {
			var node = type.cast(Entities.read(r.get(0), names));
			if (prefetching) {
				more.set(r.get(MORE.getValue()).asBoolean());
			}
			prefetch.rows().accept(node, r);
			return node;
		});
		Integer total = null;
		if (countTotal) {
			Statement count = Cypher.match(this.node).where(where).returning(Cypher.count(this.node)).build();
			total = reader.one(viewer, count.getCypher(), count.getCatalog().getParameters(), r -> r.get(0).asInt())
				.orElse(0);
		}
		return prefetching ? page.connection(found, more.get(), total) : page.connection(found, total);
	}

	/** The column that tells whether rows follow the page, when the row after it is not returned. */
	private static final SymbolicName MORE = Cypher.name("more");

	/**
	 * The page's rows without the one after it ({@code limit + 1} were matched), each with {@link #MORE}: the
	 * nodes collected, the first {@code limit} unwound again as {@code n}, in their order.
	 */
	private StatementBuilder.OngoingReading shownAndMore(StatementBuilder.OngoingReading limited, PageRequest page) {
		var matched = Cypher.name("page");
		var shown = Cypher.parameter("shown", page.limit());
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

	/** The node's Chinese or English name contains {@code text}, ignoring case. */
	public static Condition nameContains(Node node, String text) {
		var name = Cypher.parameter("name", text.toLowerCase(java.util.Locale.ROOT));
		return Cypher.toLower(node.property("name")).contains(name).or(Cypher.toLower(node.property("nameEn")).contains(name));
	}

	/** {@code where} narrowed to {@code property IN $name}, or unchanged when no values are given. */
	public static Condition in(Condition where, Expression property, String name, List<String> values) {
		return (values == null || values.isEmpty()) ? where : where.and(property.in(Cypher.parameter(name, values)));
	}

}
