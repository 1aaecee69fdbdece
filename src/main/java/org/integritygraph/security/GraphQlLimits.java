package org.integritygraph.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.schema.GraphQLNamedType;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.RelationshipField;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The limits of a GraphQL operation, checked after validation and before any resolver runs (so before any
 * Cypher): its depth, its aliases, its root fields and its cost. The cost of a field is 1 (a trace, path,
 * neighbourhood or recall report: {@code traceCost}) plus what its sub-selection costs, times the rows it can
 * return: its {@code first} (default included), or {@code listSize} for a list read from the graph without a
 * page. Fragments count once per use. A refusal is one {@code BAD_REQUEST} error naming the limit, its maximum
 * and the value found ({@code extensions: {reason: LIMIT_EXCEEDED, limit, max, value}}); nothing runs.
 */
@Component
class GraphQlLimits extends SimplePerformantInstrumentation {

	/** Operations that each run a whole traversal or report: priced {@code traceCost}. */
	static final Set<String> PRICED = Set.of("Query.leadershipChain", "Query.projectAccountability",
			"Query.responsibilityTrace", "Query.overdueCommitments", "Query.connections", "Query.neighbourhood",
			"Query.recallReport");

	/** Lists read from the graph that take no page size: the model's relationship lists and computed lists. */
	private static final Set<String> GRAPH_LISTS = graphLists();

	private final LimitProperties limits;

	/**
	 * Operations measured, by text and shape of variables (at most {@link #MAX_CHARACTERS} characters of text,
	 * the least recently used forgotten first). The measure is kept, never the verdict: every request is compared
	 * with the limits. An operation refused while it is measured (too many fields visited) is not kept.
	 */
	private final Cache<Key, Measured> measured = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARACTERS)
		.<Key, Measured>weigher((key, measured) -> (int) Math.min(Integer.MAX_VALUE, key.query().length() + 8L * size(key.variables()) + 64))
		.build();

	static final long MAX_CHARACTERS = 4_000_000;

	GraphQlLimits(LimitProperties limits) {
		this.limits = limits;
	}

	private static Set<String> graphLists() {
		var lists = GraphModel.fields()
			.stream()
			.filter(RelationshipField::many)
			.map(RelationshipField::coordinates)
			.collect(Collectors.toSet());
		lists.addAll(Set.of("Body.leaders", "Project.commitments", "Project.records", "Query.nodes"));
		return Set.copyOf(lists);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		check(parameters.getExecutionContext());
		return SimpleInstrumentationContext.noOp();
	}

	void check(ExecutionContext execution) {
		var input = execution.getExecutionInput();
		var key = new Key(input.getQuery(), input.getOperationName(),
				shape(execution.getCoercedVariables().toMap()));
		var measured = this.measured.getIfPresent(key);
		if (measured == null) {
			measured = measure(execution);
			this.measured.put(key, measured);
		}
		refuseOver("maxRootFields", this.limits.maxRootFields(), measured.rootFields());
		refuseOver("maxAliases", this.limits.maxAliases(), measured.aliases());
		refuseOver("maxDepth", this.limits.maxDepth(), measured.depth());
		refuseOver("maxComplexity", this.limits.maxComplexity(), measured.cost());
	}

	private Measured measure(ExecutionContext execution) {
		var traverser = QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.coercedVariables(execution.getCoercedVariables())
			.build();
		var measure = new Measure();
		traverser.visitPostOrder(measure);
		return new Measured(measure.rootFields, measure.aliases, measure.depth, measure.cost);
	}

	/**
	 * What of the variables the measure can depend on: numbers and booleans ({@code first}, {@code @skip},
	 * {@code @include}), the size of lists ({@code ids}), nulls and the keys of input objects. Every other value
	 * (an id, a text, a date) only stands in its place: operations that differ only in those measure the same.
	 */
	static Object shape(Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof List<?> list) {
			var shapes = new ArrayList<>(list.size());
			for (var element : list) {
				shapes.add(shape(element));
			}
			return shapes;
		}
		if (value instanceof Map<?, ?> map) {
			var shapes = new LinkedHashMap<Object, Object>();
			map.forEach((name, element) -> shapes.put(name, shape(element)));
			return shapes;
		}
		return Key.VALUE;
	}

	/** How many values a shape holds. */
	private static long size(Object shape) {
		if (shape instanceof List<?> list) {
			long size = 1;
			for (var element : list) {
				size += size(element);
			}
			return size;
		}
		if (shape instanceof Map<?, ?> map) {
			long size = 1;
			for (var element : map.values()) {
				size += 1 + size(element);
			}
			return size;
		}
		return 1;
	}

	/** An operation (its text and name) with the shape of its variables. */
	record Key(String query, String operationName, Object variables) {

		/** Any value the measure cannot depend on. */
		static final String VALUE = "\u0000value";

	}

	/** What the limits compare, as measured for one {@link Key}. */
	record Measured(long rootFields, long aliases, long depth, long cost) {
	}

	private static void refuseOver(String limit, long max, long value) {
		if (value > max) {
			throw refusal(limit, max, value);
		}
	}

	static AbortExecutionException refusal(String limit, long max, long value) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("The operation exceeds the limit %s = %d (it has %s)".formatted(limit, max,
					(value > max * 1000) ? "more than " + (max * 1000) : Long.toString(value)))
			.extensions(Map.of("reason", "LIMIT_EXCEEDED", "limit", limit, "max", max, "value", value))
			.build();
		return new AbortExecutionException(List.of(error));
	}

	/** Sums what the limits measure, in one pass over the operation with its fragments expanded. */
	private final class Measure extends QueryVisitorStub {

		/** Beyond this many fields visited the operation is refused without going further (fragment bombs). */
		private final long maxVisited = 20L * GraphQlLimits.this.limits.maxComplexity();

		private final Map<QueryVisitorFieldEnvironment, Long> childCost = new HashMap<>();

		long rootFields;

		long aliases;

		long depth;

		long cost;

		long visited;

		@Override
		public void visitField(QueryVisitorFieldEnvironment env) {
			if (env.isTypeNameIntrospectionField()) {
				return;
			}
			if (++this.visited > this.maxVisited) {
				throw refusal("maxComplexity", GraphQlLimits.this.limits.maxComplexity(), this.visited);
			}
			if (env.getField().getAlias() != null) {
				this.aliases++;
			}
			this.depth = Math.max(this.depth, depth(env));
			var coordinates = coordinates(env);
			long own = PRICED.contains(coordinates) ? GraphQlLimits.this.limits.traceCost() : 1;
			long cost = saturated(own, times(rows(env, coordinates), this.childCost.getOrDefault(env, 0L)));
			cost = Math.min(cost, Long.MAX_VALUE / 4);
			var parent = env.getParentEnvironment();
			if (parent == null) {
				this.rootFields++;
				this.cost = Math.min(this.cost + cost, Long.MAX_VALUE / 4);
			}
			else {
				this.childCost.merge(parent, cost, (a, b) -> Math.min(a + b, Long.MAX_VALUE / 4));
			}
		}

		private long rows(QueryVisitorFieldEnvironment env, String coordinates) {
			if (env.getArguments().get("first") instanceof Number first) {
				return Math.max(1, first.longValue());
			}
			if (env.getArguments().get("ids") instanceof List<?> ids) {
				return Math.max(1, ids.size());
			}
			return GRAPH_LISTS.contains(coordinates) ? GraphQlLimits.this.limits.listSize() : 1;
		}

		private static long depth(QueryVisitorFieldEnvironment env) {
			long depth = 0;
			for (var at = env; at != null; at = at.getParentEnvironment()) {
				depth++;
			}
			return depth;
		}

		private static String coordinates(QueryVisitorFieldEnvironment env) {
			var parent = env.getFieldsContainer();
			return ((GraphQLNamedType) parent).getName() + "." + env.getField().getName();
		}

		/** own + product, without overflowing. */
		private static long saturated(long own, long product) {
			return (product > Long.MAX_VALUE / 4 - own) ? Long.MAX_VALUE / 4 : own + product;
		}

		/** rows × children, without overflowing. */
		private static long times(long rows, long children) {
			return (children != 0 && rows > (Long.MAX_VALUE / 4) / children) ? Long.MAX_VALUE / 4 : rows * children;
		}

	}

}
