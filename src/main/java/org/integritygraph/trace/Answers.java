package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.neo4j.driver.Value;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;
import org.integritygraph.trace.Period.Dates;

/**
 * The three steps every trace shares, each one query for all the items of a request, so that a request's
 * query count does not grow with its rows: the posts that answer for acts ({@code trace/answerable}), who
 * answers today for what a post answered for ({@code trace/today}) and the leadership chains
 * ({@code trace/chains}). A trace registers what it needs ({@link #act}, {@link #now}, {@link #chain}), calls
 * {@link #resolve()} once, then builds its answer from {@link #answerable}, {@link #today} and
 * {@link #chainOf}. Every row read is added to the trace's drawing.
 */
final class Answers {

	/**
	 * An act to answer for: who acted, on which date, on what (a signed contract or commitment, a decision,
	 * else null), and the phase responsibility it was (for acts of kind {@code RESPONSIBLE}).
	 */
	record ActRequest(String actorId, LocalDate on, String objectId, ResponsibilityKey responsibility) {
	}

	/** A post that answered then, and the phase responsibility through which it did (or null). */
	record NowRequest(String postId, ResponsibilityKey responsibility) {
	}

	/** A {@code RESPONSIBLE} edge: its phase, role, target and effective first day (its import key). */
	record ResponsibilityKey(String phaseId, String role, String targetId, LocalDate from) {
	}

	/** A chain of a post over {@code [from, to)}, leaving out tenures begun after {@code asOf}. */
	record ChainRequest(String postId, LocalDate from, LocalDate to, LocalDate asOf) {

		static ChainRequest onDay(String postId, LocalDate day) {
			return new ChainRequest(postId, day, (day != null) ? day.plusDays(1) : null, day);
		}

	}

	/** Earliest tenure first, then by the person's id. */
	static final Comparator<Holding> HOLDING_ORDER = Comparator.comparing(Holding::tenureFrom)
		.thenComparing(holding -> holding.person().id());

	private final GraphReader reader;

	private final Viewer viewer;

	private final NamedQueries queries;

	private final GraphCollector graph;

	private final LocalDate today;

	private final Map<ActRequest, List<Value>> acts = new LinkedHashMap<>();

	private final Map<NowRequest, List<Value>> nows = new LinkedHashMap<>();

	private final Map<ChainRequest, Value> chains = new LinkedHashMap<>();

	private final Map<ChainRequest, LeadershipChain> mapped = new HashMap<>();

	private boolean resolved;

	/**
	 * @param today the date the trace answers for: "now", and the day up to which facts are known (a tenure
	 * ending later is still running on it)
	 */
	Answers(GraphReader reader, Viewer viewer, NamedQueries queries, GraphCollector graph, LocalDate today) {
		this.reader = reader;
		this.viewer = viewer;
		this.queries = queries;
		this.graph = graph;
		this.today = today;
	}

	LocalDate today() {
		return this.today;
	}

	/** Who reads: the disclosure rules and deadline of every query of the trace. */
	Viewer viewer() {
		return this.viewer;
	}

	GraphCollector graph() {
		return this.graph;
	}

	ActRequest act(String actorId, LocalDate on, String objectId, ResponsibilityKey responsibility) {
		var request = new ActRequest(actorId, on, objectId, responsibility);
		if (actorId != null) {
			this.acts.putIfAbsent(request, List.of());
		}
		return request;
	}

	NowRequest now(String postId, ResponsibilityKey responsibility) {
		var request = new NowRequest(postId, responsibility);
		this.nows.putIfAbsent(request, List.of());
		return request;
	}

	ChainRequest chain(String postId, LocalDate from, LocalDate to, LocalDate asOf) {
		var request = new ChainRequest(postId, from, to, asOf);
		this.chains.putIfAbsent(request, null);
		return request;
	}

	/** Runs the three shared queries, each once for everything registered (and what the earlier ones found). */
	void resolve() {
		if (this.resolved) {
			throw new IllegalStateException("resolved twice");
		}
		this.resolved = true;
		run("trace/answerable", "acts", "answerable", this.acts, request -> map("actorId", request.actorId(), "on", request.on(),
				"objectId", request.objectId()), Map.of(), (request, value) -> this.acts.put(request, value.asList(v -> v)));
		this.acts.forEach((act, answers) -> answers.forEach(answer -> {
			var postId = postId(answer);
			now(postId, act.responsibility());
			this.chains.putIfAbsent(ChainRequest.onDay(postId, act.on()), null);
		}));
		run("trace/today", "subjects", "now", this.nows, request -> {
			var key = request.responsibility();
			return map("postId", request.postId(), "phaseId", (key != null) ? key.phaseId() : null, "role",
					(key != null) ? key.role() : null, "targetId", (key != null) ? key.targetId() : null, "from",
					(key != null) ? key.from() : null);
		}, Map.of("today", this.today), (request, value) -> this.nows.put(request, value.asList(v -> v)));
		this.nows.values()
			.forEach(answers -> answers
				.forEach(answer -> this.chains.putIfAbsent(ChainRequest.onDay(postId(answer), this.today), null)));
		run("trace/chains", "requests", "chain", this.chains, request -> map("postId", request.postId(), "from", request.from(),
				"to", request.to(), "asOf", request.asOf()), Map.of(), this.chains::put);
	}

	/** The posts that answered for an act on its date, each with its chain then and who answers today. */
	List<Answerable> answerable(ActRequest act, TraceEdge actEdge, List<TraceEdge> succession) {
		var answers = new ArrayList<Answerable>();
		for (var answer : this.acts.getOrDefault(act, List.of())) {
			var post = Entities.as(answer.get("post").asNode(), Post.class);
			var basis = AnswerBasis.valueOf(answer.get("basis").asString());
			var chain = chainOf(ChainRequest.onDay(post.id(), act.on()));
			var start = chain.steps().getFirst();
			var through = this.graph.edge(answer.get("through"));
			var via = new ArrayList<TraceEdge>();
			if (actEdge != null) {
				via.add(actEdge);
			}
			via.addAll(succession);
			if (through != null) {
				via.add(through);
			}
			answers.add(new Answerable(post, start.body(), basis, act.on(), start.holders(), start.vacant(), chain,
					Reasons.then(basis, start, act.on(), (basis == AnswerBasis.RESPONSIBLE_POST) ? actEdge : through,
							actEdge, this.graph),
					List.copyOf(via), today(new NowRequest(post.id(), act.responsibility()))));
		}
		return List.copyOf(answers);
	}

	/** Who answers today for what the post of {@code request} (or the person's responsibility) answered for. */
	List<Answerable> today(NowRequest request) {
		var answers = new ArrayList<Answerable>();
		for (var now : this.nows.getOrDefault(request, List.of())) {
			var post = Entities.as(now.get("post").asNode(), Post.class);
			var chain = chainOf(ChainRequest.onDay(post.id(), this.today));
			var start = chain.steps().getFirst();
			var basis = AnswerBasis.valueOf(now.get("basis").asString());
			var reassignment = this.graph.edges(now.get("reassignment"));
			var held = this.graph.edge(now.get("held"));
			var succession = this.graph.edges(now.get("succession"));
			var evidence = new ArrayList<TraceEdge>();
			now.get("evidence").values().forEach(move -> evidence.addAll(this.graph.edges(move)));
			var via = new ArrayList<TraceEdge>(reassignment);
			if (held != null) {
				via.add(held);
			}
			via.addAll(succession);
			via.addAll(evidence);
			answers.add(new Answerable(post, start.body(), basis, this.today, start.holders(), start.vacant(), chain,
					Reasons.today(basis, Entities.as(now.get("followed"), Post.class), start, reassignment, held,
							succession, evidence, this.graph),
					List.copyOf(via), null));
		}
		return List.copyOf(answers);
	}

	/** Every post of {@code answerables}' {@code today}, once each, in order. */
	static List<Answerable> distinctToday(List<Answerable> answerables) {
		var byPost = new LinkedHashMap<String, Answerable>();
		answerables.forEach(then -> {
			if (then.today() != null) {
				then.today().forEach(now -> byPost.putIfAbsent(now.post().id(), now));
			}
		});
		return List.copyOf(byPost.values());
	}

	/**
	 * A chain as the chain fragment returns it ({@code {from, to, steps: [{post, body, reportsTo, holders:
	 * [{person, held}]}], cycleAt, truncated}}); tenure ends after {@link #today()} are not known yet.
	 */
	LeadershipChain chainOf(ChainRequest request) {
		return this.mapped.computeIfAbsent(request, key -> {
			var value = this.chains.get(key);
			if (value == null) {
				throw new IllegalStateException("No chain was read for " + key);
			}
			return chain(value, this.graph, this.today);
		});
	}

	/** A chain value of the chain fragment, as known on {@code knownOn}. */
	static LeadershipChain chain(Value value, GraphCollector graph, LocalDate knownOn) {
		var from = GraphCollector.date(value.get("from"));
		var to = GraphCollector.date(value.get("to"));
		var steps = new ArrayList<ChainStep>();
		for (var step : value.get("steps").values()) {
			var post = Entities.as(step.get("post").asNode(), Post.class);
			var holders = step.get("holders").asList(holding -> {
				var held = holding.get("held").asRelationship();
				var tenureFrom = GraphCollector.date(held.get("from"));
				var tenureTo = Dates.knownEnd(GraphCollector.date(held.get("to")), knownOn);
				return new Holding(Entities.as(holding.get("person").asNode(), Person.class), post, tenureFrom, tenureTo,
						Dates.later(tenureFrom, from), Dates.earlier(tenureTo, to));
			}).stream().sorted(HOLDING_ORDER).toList();
			var vacancies = Period.gaps(from, to, knownOn,
					holders.stream().map(h -> new Period(h.tenureFrom(), h.tenureTo())).toList());
			steps.add(new ChainStep(steps.size(), post, Entities.as(step.get("body"), Body.class), holders,
					!vacancies.isEmpty(), vacancies, graph.edge(step.get("reportsTo"))));
		}
		var cycleAt = Entities.as(value.get("cycleAt"), Post.class);
		var truncated = value.get("truncated").asBoolean(false);
		var last = steps.getLast();
		var reachesPrincipal = cycleAt == null && !truncated && last.reportsTo() == null && last.post().principal()
				&& last.body() != null && "GOVERNMENT".equals(last.body().kind());
		return new LeadershipChain(from, to, List.copyOf(steps), cycleAt != null, cycleAt, truncated, reachesPrincipal);
	}

	private <K> void run(String query, String parameter, String column, Map<K, ?> requests,
			Function<K, Map<String, Object>> entry, Map<String, Object> more, BiConsumer<K, Value> found) {
		if (requests.isEmpty()) {
			return;
		}
		var keys = new ArrayList<K>(requests.keySet());
		var list = new ArrayList<Map<String, Object>>(keys.size());
		for (int i = 0; i < keys.size(); i++) {
			var values = new HashMap<>(entry.apply(keys.get(i)));
			values.put("key", i);
			list.add(values);
		}
		var parameters = new HashMap<String, Object>(more);
		parameters.put(parameter, list);
		this.reader.list(this.viewer, this.queries.get(query), parameters, row -> {
			this.graph.add(row);
			return row;
		}).forEach(row -> found.accept(keys.get(row.get("key").asInt()), row.get(column)));
	}

	private static String postId(Value answer) {
		return answer.get("post").asNode().get("id").asString();
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		var map = new HashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** Distinct values in order. */
	static <T> List<T> distinct(List<T> values) {
		Set<T> seen = new LinkedHashSet<>(values);
		return List.copyOf(seen);
	}

}
