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
 * The three steps every trace shares, in one query for all the items of a request ({@code trace/answers}), so
 * that a request's query count does not grow with its rows: the posts that answer for acts
 * ({@code fragment/answerable}), who answers today for what a post answered for ({@code fragment/today}) and
 * the leadership chains ({@code fragment/chain}). A trace registers what it needs ({@link #act}, {@link #now}, {@link #chain}), calls
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

	/**
	 * Runs the shared query ({@code trace/answers}) once for everything registered: it also finds who answers
	 * today for the posts answering for the acts, and the chains of all those posts. Its rows are added to the
	 * drawing in the order of the three former steps (acts, then who answers today, then chains, each in the
	 * order registered or found).
	 */
	void resolve() {
		if (this.resolved) {
			throw new IllegalStateException("resolved twice");
		}
		this.resolved = true;
		if (this.acts.isEmpty() && this.nows.isEmpty() && this.chains.isEmpty()) {
			return;
		}
		var actKeys = new ArrayList<>(this.acts.keySet());
		var requests = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < actKeys.size(); i++) {
			var act = actKeys.get(i);
			var request = responsibility(act.responsibility());
			request.putAll(map("key", i, "kind", "ACT", "actorId", act.actorId(), "on", act.on(), "objectId", act.objectId()));
			requests.add(request);
		}
		this.nows.keySet().forEach(now -> {
			var request = responsibility(now.responsibility());
			request.putAll(map("key", requests.size(), "kind", "NOW", "postId", now.postId()));
			requests.add(request);
		});
		this.chains.keySet().forEach(chain -> requests.add(map("key", requests.size(), "kind", "CHAIN", "postId",
				chain.postId(), "from", chain.from(), "to", chain.to(), "asOf", chain.asOf())));
		var row = this.reader
			.one(this.viewer, this.queries.get("trace/answers"), Map.of("requests", requests, "today", this.today),
					found -> found)
			.orElseThrow();
		for (var entry : row.get("acts").values()) {
			this.acts.put(actKeys.get(entry.get("act").get("key").asInt()), entry.get("answerable").asList(v -> v));
		}
		var nowsFound = new HashMap<NowRequest, List<Value>>();
		for (var entry : row.get("nows").values()) {
			var subject = entry.get("subject");
			var phaseId = subject.get("phaseId");
			var key = phaseId.isNull() ? null : new ResponsibilityKey(phaseId.asString(), subject.get("role").asString(),
					subject.get("targetId").asString(), GraphCollector.date(subject.get("from")));
			nowsFound.put(new NowRequest(stringOrNull(subject.get("postId")), key), entry.get("now").asList(v -> v));
		}
		var chainsFound = new HashMap<ChainRequest, Value>();
		for (var entry : row.get("chains").values()) {
			var request = entry.get("request");
			chainsFound.put(new ChainRequest(request.get("postId").asString(), GraphCollector.date(request.get("from")),
					GraphCollector.date(request.get("to")), GraphCollector.date(request.get("asOf"))), entry.get("chain"));
		}
		// what the query found from the acts, registered in the order of the acts and their answers
		this.acts.forEach((act, answers) -> answers.forEach(answer -> {
			var postId = postId(answer);
			now(postId, act.responsibility());
			this.chains.putIfAbsent(ChainRequest.onDay(postId, act.on()), null);
		}));
		this.nows.replaceAll((request, none) -> nowsFound.getOrDefault(request, List.of()));
		this.nows.values()
			.forEach(answers -> answers
				.forEach(answer -> this.chains.putIfAbsent(ChainRequest.onDay(postId(answer), this.today), null)));
		this.chains.replaceAll((request, none) -> chainsFound.get(request));
		this.acts.values().forEach(answers -> answers.forEach(this.graph::add));
		this.nows.values().forEach(answers -> answers.forEach(this.graph::add));
		this.chains.values().forEach(this.graph::add);
	}

	/** The request entries naming a phase responsibility (all null without one). */
	private static Map<String, Object> responsibility(ResponsibilityKey key) {
		return map("phaseId", (key != null) ? key.phaseId() : null, "role", (key != null) ? key.role() : null,
				"targetId", (key != null) ? key.targetId() : null, "from", (key != null) ? key.from() : null);
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

	private static String postId(Value answer) {
		return answer.get("post").asNode().get("id").asString();
	}

	private static String stringOrNull(Value value) {
		return value.isNull() ? null : value.asString();
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
