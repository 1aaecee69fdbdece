package org.integritygraph.trace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.neo4j.driver.Value;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Relationship;
import org.integritygraph.model.ResponsibilityRole;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.Contract;
import org.integritygraph.model.entity.Decision;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Phase;
import org.integritygraph.model.entity.Post;
import org.integritygraph.model.entity.Project;
import org.integritygraph.model.entity.Record;
import org.integritygraph.trace.Answers.ActRequest;
import org.integritygraph.trace.Answers.ChainRequest;
import org.integritygraph.trace.Answers.NowRequest;
import org.integritygraph.trace.Answers.ResponsibilityKey;
import org.integritygraph.trace.Period.Dates;

/**
 * Runs the Cypher of {@code queries/trace/} through {@link GraphReader} (read-only, time-limited) and maps
 * each answer to the trace records. A trace reads its own facts with its own query, then the posts answering
 * for its acts, who answers today and the leadership chains with the one shared query of {@link Answers}.
 * Arguments are checked by {@link TraceService}; an absent alternative id is passed as the empty string,
 * which matches no entity.
 */
class TraceQueries {

	/** An id matching nothing, of up to 10 characters (the planner's size bucket of 10). */
	private static final String WARM_SHORT_ID = "\u0000warm-up";

	/** An id matching nothing, of 11 to 100 characters (the bucket of 100, where most ids fall). */
	private static final String WARM_LONG_ID = "\u0000warm-up-of-the-trace-queries";

	private static final List<String> ALL_TYPES = GraphModel.relationships()
		.stream()
		.map(Relationship::type)
		.sorted()
		.toList();

	private final GraphReader reader;

	private final NamedQueries queries;

	TraceQueries(GraphReader reader, NamedQueries queries) {
		this.reader = reader;
		this.queries = queries;
	}

	Optional<LeadershipChainTrace> leadershipChain(Viewer viewer, String personId, String postId, LocalDate at) {
		return this.reader.one(viewer, this.queries.get("trace/leadership_chain"),
				Map.of("personId", orEmpty(personId), "postId", orEmpty(postId), "at", at), row -> {
					var graph = GraphCollector.of(row);
					var chains = row.get("chains").asList(chain -> Answers.chain(chain, graph, at));
					return new LeadershipChainTrace(Entities.as(row.get("person"), Person.class),
							Entities.as(row.get("post"), Post.class), at, chains, graph.graph());
				});
	}

	Optional<ProjectAccountability> projectAccountability(Viewer viewer, String projectId, LocalDate at) {
		var graph = new GraphCollector();
		var found = this.reader.one(viewer, this.queries.get("trace/project_accountability"),
				Map.of("projectId", projectId, "at", at), row -> {
					graph.add(row);
					return row;
				});
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var row = found.get();
		var answers = new Answers(this.reader, viewer, this.queries, graph, at);
		var cap = new Cap();
		var phases = cap.keep(row.get("phases").asList(phase -> phaseDraft(phase, answers)));
		var signatures = cap.keep(row.get("signatures").asList(act -> actDraft(act, graph, answers)));
		var decisions = cap.keep(row.get("decisions").asList(act -> actDraft(act, graph, answers)));
		answers.resolve();
		return Optional.of(new ProjectAccountability(Entities.as(row.get("project"), Project.class), at,
				Entities.as(row.get("owner"), Body.class),
				phases.stream().map(phase -> phase.build(answers, cap)).toList(),
				signatures.stream().map(act -> act.build(answers)).toList(),
				decisions.stream().map(act -> act.build(answers)).toList(), cap.truncated, graph.graph()));
	}

	Optional<ResponsibilityTrace> responsibilityTrace(Viewer viewer, String recordId, String commitmentId,
			LocalDate today) {
		var graph = new GraphCollector();
		var found = this.reader.one(viewer, this.queries.get("trace/responsibility_trace"),
				Map.of("recordId", orEmpty(recordId), "commitmentId", orEmpty(commitmentId), "today", today), row -> {
					graph.add(row);
					return row;
				});
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var row = found.get();
		var answers = new Answers(this.reader, viewer, this.queries, graph, today);
		var cap = new Cap();
		var acts = cap.keep(row.get("acts").asList(act -> actDraft(act, graph, answers)));
		var record = Entities.as(row.get("subject"), Record.class);
		var conduct = (record != null)
				? conductDrafts(ConductPeriods.of(record, row.get("concerns"), row.get("against")), answers, cap)
				: List.<ConductDraft>of();
		answers.resolve();
		var traced = acts.stream()
			.sorted(ActDraft.ORDER)
			.map(act -> act.build(answers))
			.toList();
		var answerableToday = Answers.distinctToday(traced.stream().flatMap(act -> act.answerable().stream()).toList());
		var drawing = graph.graph();
		return Optional.of(new ResponsibilityTrace(record, Entities.as(row.get("subject"), Commitment.class), today,
				traced, answerableToday, conduct.stream().map(draft -> draft.build(answers, drawing)).toList(),
				cap.truncated, drawing));
	}

	/** The conduct trace of one person over {@code [from, to)}, as known on {@code at}. */
	Optional<ConductTrace> conduct(Viewer viewer, String personId, LocalDate from, LocalDate to, LocalDate at) {
		var graph = new GraphCollector();
		var answers = new Answers(this.reader, viewer, this.queries, graph, at);
		var cap = new Cap();
		var request = new ConductPeriods.Request(personId, from, to, ConductRule.REQUESTED,
				"the period asked for");
		var drafts = conductDrafts(List.of(request), answers, cap);
		if (drafts.isEmpty()) {
			return Optional.empty();
		}
		answers.resolve();
		var drawing = graph.graph();
		return Optional.of(drafts.getFirst().build(answers, drawing));
	}

	Optional<OverdueCommitments> overdueCommitments(Viewer viewer, String bodyId, LocalDate at) {
		return this.reader.one(viewer, this.queries.get("trace/overdue_commitments"), Map.of("bodyId", bodyId, "at", at),
				row -> {
					var graph = GraphCollector.of(row);
					var cap = new Cap();
					var body = Entities.as(row.get("body"), Body.class);
					var passedThrough = graph.edges(row.get("passedThrough"));
					var passedTo = passedThrough.isEmpty() ? null : Entities.as(row.get("passedTo"), Body.class);
					var passedOn = passedThrough.isEmpty() ? null : passedThrough.getFirst().on();
					var commitments = cap.keep(row.get("commitments").asList(entry -> {
						var commitment = Entities.as(entry.get("commitment"), Commitment.class);
						var maker = Entities.as(entry.get("maker"), Body.class);
						var inheritedThrough = graph.edges(entry.get("succession"));
						var inherited = !inheritedThrough.isEmpty();
						var obligation = (passedTo != null) ? ObligationKind.PASSED
								: inherited ? ObligationKind.INHERITED : ObligationKind.OWN;
						return new OverdueCommitment(commitment, maker, entry.get("statusOn").asString(),
								ChronoUnit.DAYS.between(commitment.dueOn(), at), obligation, inherited ? maker : null,
								inherited ? inheritedThrough.getLast().on() : null, inheritedThrough, passedTo, passedOn,
								passedThrough);
					}));
					return new OverdueCommitments(body, at, commitments, row.get("totalCount").asInt(), cap.truncated,
							graph.graph());
				});
	}

	Optional<Connections> connections(Viewer viewer, String fromId, String toId, int maxHops, Collection<String> types) {
		return this.reader.one(viewer, this.queries.get("trace/connections"),
				Map.of("fromId", fromId, "toId", toId, "maxHops", maxHops, "types", names(types)), row -> {
					var graph = GraphCollector.of(row);
					var paths = new ArrayList<TracePath>();
					if (fromId.equals(toId)) {
						paths.add(new TracePath(0, List.of(graph.node(row.get("from").asNode())), List.of()));
					}
					for (var value : row.get("paths").values()) {
						var path = GraphCollector.path(value);
						var nodes = new ArrayList<TraceNode>();
						path.nodes().forEach(node -> nodes.add(graph.node(node)));
						var edges = new ArrayList<TraceEdge>();
						path.relationships().forEach(relationship -> edges.add(graph.edge(relationship)));
						paths.add(new TracePath(path.length(), List.copyOf(nodes), List.copyOf(edges)));
					}
					var cap = new Cap(TraceLimits.MAX_PATHS);
					return new Connections(Entities.orNull(row.get("from")), Entities.orNull(row.get("to")), maxHops,
							cap.keep(paths), cap.truncated, graph.graph());
				});
	}

	Optional<Neighbourhood> neighbourhood(Viewer viewer, String id, int depth, Collection<String> types, int first,
			int offset) {
		return this.reader.one(viewer, this.queries.get("trace/neighbourhood"),
				Map.of("id", id, "depth", depth, "types", names(types), "first", first, "offset", offset), row -> {
					var graph = GraphCollector.of(row).limitEdges(TraceLimits.GRAPH_EDGES);
					var groups = row.get("groups").asList(group -> {
						var neighbours = group.get("page")
							.asList(entry -> new Neighbour(graph.node(entry.get("node").asNode()),
									graph.edge(entry.get("link"))));
						int total = group.get("total").asInt();
						int end = offset + neighbours.size();
						return new NeighbourGroup(group.get("type").asString(), group.get("direction").asString(), total,
								neighbours, end < total, (end > offset) ? PageRequest.cursor(end - 1) : null);
					});
					var drawing = graph.graph();
					return new Neighbourhood(Entities.orNull(row.get("centre")), depth, groups,
							row.get("cut").asBoolean() || graph.edgesCut(), drawing);
				});
	}

	/**
	 * Runs every trace query with parameters that match nothing, so that Neo4j plans and caches each query (the
	 * planning of a query is what makes its first run slow). Neo4j keys its plan cache on the query and the
	 * types of its parameters, and for a string or a list also on its size rounded up to a power of ten
	 * (0, 1, 10, 100 …): a plan made for an id of 8 characters is not used for an id of 19. So each query is run
	 * with the shapes real traces pass: ids of up to 10 and of 11 to 100 characters, the empty string for the
	 * id left out, lists of 1, up to 10, up to 100 (and, for the shared query, up to 1,000) items, all relationship
 * types or a few.
	 */
	boolean warmUp(Viewer viewer, LocalDate today) {
		if (this.reader.list(viewer, this.queries.get("trace/has_entities"), Map.of(), row -> row).isEmpty()) {
			return false;
		}
		var ids = List.of(WARM_SHORT_ID, WARM_LONG_ID);
		for (var id : ids) {
			run(viewer, "trace/leadership_chain", Map.of("personId", id, "postId", "", "at", today));
			run(viewer, "trace/leadership_chain", Map.of("personId", "", "postId", id, "at", today));
			run(viewer, "trace/project_accountability", Map.of("projectId", id, "at", today));
			run(viewer, "trace/responsibility_trace", Map.of("recordId", id, "commitmentId", "", "today", today));
			run(viewer, "trace/responsibility_trace", Map.of("recordId", "", "commitmentId", id, "today", today));
			run(viewer, "trace/overdue_commitments", Map.of("bodyId", id, "at", today));
			for (var types : List.of(ALL_TYPES, List.of("HELD"), ALL_TYPES.subList(0, 2))) {
				run(viewer, "trace/neighbourhood",
						Map.of("id", id, "depth", 1, "types", types, "first", 1, "offset", 0));
			}
			for (var to : ids) {
				run(viewer, "trace/connections",
						Map.of("fromId", id, "toId", to, "maxHops", 1, "types", ALL_TYPES));
			}
		}
		run(viewer, "trace/connections",
				Map.of("fromId", WARM_LONG_ID, "toId", WARM_LONG_ID, "maxHops", 1, "types", List.of("HELD")));
		for (var size : List.of(1, 10, 100)) {
			run(viewer, "trace/conduct", Map.of("people", items(size, key -> {
				var person = new HashMap<String, Object>(Map.of("key", key, "personId", WARM_LONG_ID, "from", today));
				person.put("to", null);
				return person;
			}), "at", today));
		}
		for (var size : List.of(1, 10, 100, 1000)) {
			run(viewer, "trace/answers", Map.of("requests", items(size, key -> {
				var act = new HashMap<String, Object>(Map.of("key", key, "kind", "ACT", "actorId", WARM_LONG_ID, "on", today));
				act.put("objectId", null);
				act.put("phaseId", null);
				act.put("role", null);
				act.put("targetId", null);
				act.put("from", null);
				return act;
			}), "today", today));
		}
		return true;
	}

	private static List<Object> items(int size, IntFunction<Object> item) {
		var list = new ArrayList<Object>();
		for (int key = 0; key < size; key++) {
			list.add(item.apply(key));
		}
		return list;
	}

	private void run(Viewer viewer, String query, Map<String, Object> parameters) {
		this.reader.list(viewer, this.queries.get(query), parameters, row -> row);
	}

	// ---- project accountability ---------------------------------------------------------------------------

	/** A phase as read, its responsibilities' chains and "now" registered with {@code answers}. */
	private PhaseDraft phaseDraft(Value entry, Answers answers) {
		var at = answers.today();
		var phase = Entities.as(entry.get("phase"), Phase.class);
		var known = new Phase(phase.id(), phase.stage(), phase.from(), Dates.knownEnd(phase.to(), at), phase.version());
		var responsibilities = entry.get("responsibilities").asList(responsibility -> {
			var target = Entities.orNull(responsibility.get("target"));
			var edge = answers.graph().edge(responsibility.get("edge"));
			var from = GraphCollector.date(responsibility.get("from"));
			var to = Dates.knownEnd(GraphCollector.date(responsibility.get("to")), at);
			var key = new ResponsibilityKey(phase.id(), edge.role(), target.id(), from);
			var holders = responsibility.get("holders").asList(holder -> {
				var held = holder.get("held").asRelationship();
				var tenureFrom = GraphCollector.date(held.get("from"));
				var tenureTo = Dates.knownEnd(GraphCollector.date(held.get("to")), at);
				var post = Entities.as(holder.get("post").asNode(), Post.class);
				var chain = answers.chain(post.id(), Dates.later(tenureFrom, from), Dates.earlier(tenureTo, to), at);
				return new HolderDraft(Entities.as(holder.get("person").asNode(), Person.class), post, tenureFrom,
						tenureTo, chain);
			});
			var post = (target instanceof Post p) ? p : null;
			return new ResponsibilityDraft(edge, post, (target instanceof Person p) ? p : null,
					Entities.as(responsibility.get("body"), Body.class), from, to, holders,
					answers.now((post != null) ? post.id() : null, key));
		});
		return new PhaseDraft(known, responsibilities);
	}

	private record PhaseDraft(Phase phase, List<ResponsibilityDraft> responsibilities) {

		PhaseAccountability build(Answers answers, Cap cap) {
			var built = this.responsibilities.stream()
				.map(responsibility -> responsibility.build(answers, cap))
				.sorted(Comparator.comparingInt(r -> ResponsibilityRole.valueOf(r.role()).ordinal()))
				.toList();
			return new PhaseAccountability(this.phase, cap.keep(built));
		}

	}

	private record ResponsibilityDraft(TraceEdge edge, Post post, Person person, Body body, LocalDate from,
			LocalDate to, List<HolderDraft> holders, NowRequest now) {

		PhaseResponsibility build(Answers answers, Cap cap) {
			var built = cap.keep(this.holders.stream().map(holder -> holder.build(answers)).toList());
			var vacancies = (this.post == null) ? List.<Period>of()
					: Period.gaps(this.from, this.to, answers.today(),
							this.holders.stream().map(h -> new Period(h.tenureFrom(), h.tenureTo())).toList());
			return new PhaseResponsibility(this.edge.role(), this.from, this.to, this.post, this.body, this.person,
					built, !vacancies.isEmpty(), vacancies, this.edge, cap.keep(answers.today(this.now)));
		}

	}

	private record HolderDraft(Person person, Post post, LocalDate tenureFrom, LocalDate tenureTo,
			ChainRequest chain) {

		ResponsibleHolder build(Answers answers) {
			var chain = answers.chainOf(this.chain);
			return new ResponsibleHolder(this.person, this.post, chain.steps().getFirst().body(), this.tenureFrom,
					this.tenureTo, chain.from(), chain.to(), chain);
		}

	}

	// ---- acts ---------------------------------------------------------------------------------------------

	/** An act as a trace query returns it: {@code {kind, on, actor, edge, object, context?, succession?}}. */
	private static ActDraft actDraft(Value entry, GraphCollector graph, Answers answers) {
		var kind = ActKind.valueOf(entry.get("kind").asString());
		var on = GraphCollector.date(entry.get("on"));
		var actor = Entities.orNull(entry.get("actor"));
		var edge = graph.edge(entry.get("edge"));
		var object = Entities.orNull(entry.get("object"));
		var succession = graph.edges(entry.get("succession"));
		ResponsibilityKey responsibility = null;
		if (kind == ActKind.RESPONSIBLE && object instanceof Phase phase && actor != null) {
			responsibility = new ResponsibilityKey(phase.id(), edge.role(), actor.id(),
					(edge.validFrom() != null) ? edge.validFrom() : phase.from());
		}
		var request = answers.act((actor != null) ? actor.id() : null, on,
				(object instanceof Phase) ? null : (object != null) ? object.id() : null, responsibility);
		return new ActDraft(kind, on, actor, edge, object, succession, request);
	}

	private record ActDraft(ActKind kind, LocalDate on, Entity actor, TraceEdge edge, Entity object,
			List<TraceEdge> succession, ActRequest request) {

		/**
		 * Acts by date; those of one date in the order of the facts (the phase, the decision, the contract, the
		 * commitment, the record), then of their kinds ({@link ActKind}), then by actor and object.
		 */
		static final Comparator<ActDraft> ORDER = Comparator
			.comparing(ActDraft::on, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingInt(ActDraft::factRank)
			.thenComparing(ActDraft::kind)
			.thenComparing(act -> (act.actor() != null) ? act.actor().id() : "")
			.thenComparing(act -> (act.object() != null) ? act.object().id() : "");

		int factRank() {
			return switch (this.object) {
				case Phase phase -> 0;
				case Decision decision -> 1;
				case Contract contract -> 2;
				case Commitment commitment -> 3;
				case null, default -> 4;
			};
		}

		ActTrace build(Answers answers) {
			var answerable = answers.answerable(this.request, this.edge, this.succession);
			return new ActTrace(this.kind, this.on, this.actor, this.edge,
					(this.object instanceof Contract c) ? c : null, (this.object instanceof Decision d) ? d : null,
					(this.object instanceof Commitment c) ? c : null, (this.object instanceof Phase p) ? p : null,
					answerable, Answers.distinctToday(answerable));
		}

	}

	// ---- conduct ------------------------------------------------------------------------------------------

	private List<ConductDraft> conductDrafts(List<ConductPeriods.Request> requests, Answers answers, Cap cap) {
		if (requests.isEmpty()) {
			return List.of();
		}
		var people = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < requests.size(); i++) {
			var request = requests.get(i);
			var entry = new HashMap<String, Object>();
			entry.put("key", i);
			entry.put("personId", request.personId());
			entry.put("from", request.from());
			entry.put("to", request.to());
			people.add(entry);
		}
		var at = answers.today();
		var graph = answers.graph();
		var drafts = new LinkedHashMap<Integer, ConductDraft>();
		for (var row : this.reader.list(answers.viewer(), this.queries.get("trace/conduct"),
				Map.of("people", people, "at", at), row -> {
			graph.add(row);
			return row;
		})) {
			var request = requests.get(row.get("key").asInt());
			var from = request.from();
			var to = Dates.knownEnd(request.to(), at);
			var posts = cap.keep(row.get("posts").asList(entry -> {
				var held = entry.get("held").asRelationship();
				var post = Entities.as(entry.get("post").asNode(), Post.class);
				var tenureFrom = GraphCollector.date(held.get("from"));
				var tenureTo = Dates.knownEnd(GraphCollector.date(held.get("to")), at);
				return new HeldDraft(post, graph.edge(held),
						answers.chain(post.id(), Dates.later(tenureFrom, from), Dates.earlier(tenureTo, to), at),
						answers.now(post.id(), null));
			}));
			var responsibilities = cap.keep(row.get("responsibilities").asList(entry -> {
				var phase = Entities.as(entry.get("phase"), Phase.class);
				var edge = graph.edge(entry.get("edge"));
				var target = Entities.orNull(entry.get("target"));
				var on = GraphCollector.date(entry.get("overlapFrom"));
				var key = new ResponsibilityKey(phase.id(), edge.role(), target.id(), GraphCollector.date(entry.get("from")));
				return new ActDraft(ActKind.RESPONSIBLE, on, target, edge, phase, List.of(),
						answers.act(target.id(), on, null, key));
			}));
			var signatures = cap.keep(row.get("signatures").asList(entry -> actDraft(entry, graph, answers, row.get("person"))));
			var decisions = cap.keep(row.get("decisions").asList(entry -> actDraft(entry, graph, answers, row.get("person"))));
			drafts.put(row.get("key").asInt(), new ConductDraft(Entities.as(row.get("person"), Person.class), request,
					to, posts, responsibilities, signatures, decisions, cap));
		}
		return List.copyOf(drafts.values());
	}

	private static ActDraft actDraft(Value entry, GraphCollector graph, Answers answers, Value person) {
		var kind = ActKind.valueOf(entry.get("kind").asString());
		var on = GraphCollector.date(entry.get("on"));
		var actor = Entities.orNull(person);
		var object = Entities.orNull(entry.get("object"));
		return new ActDraft(kind, on, actor, graph.edge(entry.get("edge")), object, List.of(),
				answers.act(actor.id(), on, object.id(), null));
	}

	private record HeldDraft(Post post, TraceEdge held, ChainRequest chain, NowRequest now) {

		Answerable build(Answers answers, GraphCollector graph) {
			var chain = answers.chainOf(this.chain);
			var start = chain.steps().getFirst();
			var reason = "%s held %s during the conduct (HELD %s)".formatted(graph.nameOf(this.held.source()),
					Reasons.postName(start), Reasons.interval(this.held.validFrom(), this.held.validTo()));
			return new Answerable(this.post, start.body(), AnswerBasis.HELD_POST, chain.from(), start.holders(),
					start.vacant(), chain, reason, List.of(this.held), answers.today(this.now));
		}

	}

	private record ConductDraft(Person person, ConductPeriods.Request request, LocalDate to, List<HeldDraft> posts,
			List<ActDraft> responsibilities, List<ActDraft> signatures, List<ActDraft> decisions, Cap cap) {

		ConductTrace build(Answers answers, TraceGraph drawing) {
			var held = this.posts.stream().map(post -> post.build(answers, answers.graph())).toList();
			var phases = this.responsibilities.stream().sorted(ActDraft.ORDER).map(act -> act.build(answers)).toList();
			var signed = this.signatures.stream().sorted(ActDraft.ORDER).map(act -> act.build(answers)).toList();
			var decided = this.decisions.stream().sorted(ActDraft.ORDER).map(act -> act.build(answers)).toList();
			var all = new ArrayList<Answerable>(held);
			phases.forEach(act -> all.addAll(act.answerable()));
			signed.forEach(act -> all.addAll(act.answerable()));
			decided.forEach(act -> all.addAll(act.answerable()));
			return new ConductTrace(this.person, this.request.from(), this.to, this.request.rule(),
					this.request.reason(), answers.today(), held, phases, signed, decided, Answers.distinctToday(all),
					this.cap.truncated, drawing);
		}

	}

	// ---- helpers ------------------------------------------------------------------------------------------

	private static String orEmpty(String id) {
		return (id != null) ? id : "";
	}

	private static List<String> names(Collection<String> types) {
		return types.stream().sorted().toList();
	}

	/** Keeps at most a limit of each list and remembers whether anything was cut. */
	static final class Cap {

		private final int limit;

		boolean truncated;

		Cap() {
			this(TraceLimits.MAX_ITEMS);
		}

		Cap(int limit) {
			this.limit = limit;
		}

		<T> List<T> keep(List<T> items) {
			if (items.size() > this.limit) {
				this.truncated = true;
				return List.copyOf(items.subList(0, this.limit));
			}
			return items;
		}

	}

}
