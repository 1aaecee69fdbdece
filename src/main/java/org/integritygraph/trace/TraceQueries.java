package org.integritygraph.trace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.Contract;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;
import org.integritygraph.model.entity.Decision;
import org.integritygraph.model.entity.Phase;
import org.integritygraph.model.entity.Project;
import org.integritygraph.model.entity.Record;

import org.springframework.stereotype.Component;

/**
 * Runs the Cypher of {@code queries/trace/} through {@link GraphReader} (read-only, time-limited) and maps
 * each answer to the trace records. Arguments are checked by {@link TraceService}; an absent alternative
 * id is passed as the empty string, which matches no entity.
 */
@Component
class TraceQueries {

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
					var chains = row.get("chains").asList(chain -> chain(chain, graph));
					return new LeadershipChainTrace(Entities.as(row.get("person"), Person.class),
							Entities.as(row.get("post"), Post.class), at, chains, graph.graph());
				});
	}

	Optional<ProjectAccountability> projectAccountability(Viewer viewer, String projectId, LocalDate at) {
		return this.reader.one(viewer, this.queries.get("trace/project_accountability"),
				Map.of("projectId", projectId, "at", at), row -> {
					var graph = GraphCollector.of(row);
					var cap = new Cap();
					var phases = cap.keep(row.get("phases").asList(phase -> phaseAccountability(phase, graph, cap)));
					var signatures = cap.keep(row.get("signatures").asList(act -> act(act, graph, cap, false)));
					var decisions = cap.keep(row.get("decisions").asList(act -> act(act, graph, cap, false)));
					return new ProjectAccountability(Entities.as(row.get("project"), Project.class), at,
							Entities.as(row.get("owner"), Body.class), phases, signatures, decisions, cap.truncated,
							graph.graph());
				});
	}

	Optional<ResponsibilityTrace> responsibilityTrace(Viewer viewer, String recordId, String commitmentId, LocalDate today) {
		return this.reader.one(viewer, this.queries.get("trace/responsibility_trace"),
				Map.of("recordId", orEmpty(recordId), "commitmentId", orEmpty(commitmentId), "today", today), row -> {
					var graph = GraphCollector.of(row);
					var cap = new Cap();
					var acts = cap.keep(row.get("acts").asList(act -> act(act, graph, cap, true)));
					var answerableToday = new LinkedHashMap<String, Answerable>();
					acts.forEach(act -> act.answerable()
						.forEach(then -> then.today().forEach(now -> answerableToday.putIfAbsent(now.post().id(), now))));
					var subject = row.get("subject");
					return new ResponsibilityTrace(Entities.as(subject, Record.class),
							Entities.as(subject, Commitment.class), today, acts, List.copyOf(answerableToday.values()),
							cap.truncated, graph.graph());
				});
	}

	Optional<OverdueCommitments> overdueCommitments(Viewer viewer, String bodyId, LocalDate at) {
		return this.reader.one(viewer, this.queries.get("trace/overdue_commitments"), Map.of("bodyId", bodyId, "at", at),
				row -> {
					var graph = GraphCollector.of(row);
					var cap = new Cap();
					var commitments = cap.keep(row.get("commitments").asList(entry -> {
						var commitment = Entities.as(entry.get("commitment"), Commitment.class);
						return new OverdueCommitment(commitment, Entities.as(entry.get("maker"), Body.class),
								entry.get("statusOn").asString(), ChronoUnit.DAYS.between(commitment.dueOn(), at),
								graph.edges(entry.get("succession")));
					}));
					return new OverdueCommitments(Entities.as(row.get("body"), Body.class), at, commitments,
							row.get("totalCount").asInt(), cap.truncated, graph.graph());
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

	private PhaseAccountability phaseAccountability(Value entry, GraphCollector graph, Cap cap) {
		var responsibilities = cap.keep(entry.get("responsibilities").asList(responsibility -> {
			var target = Entities.orNull(responsibility.get("target"));
			var holders = cap.keep(responsibility.get("holders").asList(holder -> {
				var chain = chain(holder.get("chain"), graph);
				var held = holder.get("held").asRelationship();
				var start = chain.steps().getFirst();
				return new ResponsibleHolder(Entities.as(holder.get("person").asNode(), Person.class), start.post(), start.body(),
						GraphCollector.date(held.get("from")), GraphCollector.date(held.get("to")), chain.from(),
						chain.to(), chain);
			}));
			var post = (target instanceof Post p) ? p : null;
			var edge = graph.edge(responsibility.get("edge"));
			var now = (post != null) ? cap.keep(responsibility.get("now").asList(value -> today(value, post, graph)))
					: List.<Answerable>of();
			return new PhaseResponsibility(edge.role(), GraphCollector.date(responsibility.get("from")),
					GraphCollector.date(responsibility.get("to")), post,
					Entities.as(responsibility.get("body"), Body.class), (target instanceof Person p) ? p : null,
					holders, post != null && holders.isEmpty(), edge, now);
		}));
		return new PhaseAccountability(Entities.as(entry.get("phase"), Phase.class), responsibilities);
	}

	private ActTrace act(Value entry, GraphCollector graph, Cap cap, boolean withToday) {
		var kind = ActKind.valueOf(entry.get("kind").asString());
		var on = GraphCollector.date(entry.get("on"));
		var actEdge = graph.edge(entry.get("edge"));
		var succession = graph.edges(entry.get("succession"));
		var todays = new LinkedHashMap<String, List<Answerable>>();
		if (withToday) {
			for (var value : entry.get("todays").values()) {
				var thenPost = Entities.as(value.get("post").asNode(), Post.class);
				todays.put(thenPost.id(), cap.keep(value.get("now").asList(now -> today(now, thenPost, graph))));
			}
		}
		var answerable = cap.keep(entry.get("answerable").asList(value -> {
			var chain = chain(value.get("chain"), graph);
			var start = chain.steps().getFirst();
			var basis = AnswerBasis.valueOf(value.get("basis").asString());
			var via = new ArrayList<TraceEdge>();
			if (actEdge != null) {
				via.add(actEdge);
			}
			via.addAll(succession);
			var through = graph.edge(value.get("through"));
			if (through != null) {
				via.add(through);
			}
			return new Answerable(start.post(), start.body(), basis, on, start.holders(), start.vacant(), chain,
					thenReason(basis, start, on, (basis == AnswerBasis.RESPONSIBLE_POST) ? actEdge : through, graph),
					List.copyOf(via),
					withToday ? todays.getOrDefault(start.post().id(), List.of()) : null);
		}));
		var object = Entities.orNull(entry.get("object"));
		return new ActTrace(kind, on, Entities.orNull(entry.get("actor")), actEdge,
				(object instanceof Contract c) ? c : Entities.as(entry.get("contract"), Contract.class),
				(object instanceof Decision d) ? d : Entities.as(entry.get("decision"), Decision.class),
				(object instanceof Commitment c) ? c : null, (object instanceof Phase p) ? p : null, answerable);
	}

	/** Who answers today for {@code thenPost}, as the today fragment returns it. */
	private Answerable today(Value now, Post thenPost, GraphCollector graph) {
		var chain = chain(now.get("chain"), graph);
		var start = chain.steps().getFirst();
		var basis = AnswerBasis.valueOf(now.get("basis").asString());
		var succession = graph.edges(now.get("succession"));
		var evidence = new ArrayList<TraceEdge>();
		now.get("evidence").values().forEach(move -> evidence.addAll(graph.edges(move)));
		var via = new ArrayList<TraceEdge>(succession);
		via.addAll(evidence);
		return new Answerable(start.post(), start.body(), basis, chain.from(), start.holders(), start.vacant(), chain,
				todayReason(basis, thenPost, start, succession, evidence, graph), List.copyOf(via), null);
	}

	/**
	 * A chain as the chain fragment returns it: {@code {from, to, steps: [{post, body, reportsTo, holders:
	 * [{person, held}]}], cycleAt, truncated}}.
	 */
	private LeadershipChain chain(Value value, GraphCollector graph) {
		var from = GraphCollector.date(value.get("from"));
		var to = GraphCollector.date(value.get("to"));
		var steps = new ArrayList<ChainStep>();
		for (var step : value.get("steps").values()) {
			var post = Entities.as(step.get("post").asNode(), Post.class);
			var holders = step.get("holders").asList(holding -> {
				var held = holding.get("held").asRelationship();
				var tenureFrom = GraphCollector.date(held.get("from"));
				var tenureTo = GraphCollector.date(held.get("to"));
				return new Holding(Entities.as(holding.get("person").asNode(), Person.class), post, tenureFrom, tenureTo,
						later(tenureFrom, from), earlier(tenureTo, to));
			});
			steps.add(new ChainStep(steps.size(), post, Entities.as(step.get("body"), Body.class), holders,
					holders.isEmpty(), graph.edge(step.get("reportsTo"))));
		}
		var cycleAt = Entities.as(value.get("cycleAt"), Post.class);
		var truncated = value.get("truncated").asBoolean(false);
		var last = steps.getLast();
		var reachesPrincipal = cycleAt == null && !truncated && last.reportsTo() == null && last.post().principal()
				&& last.body() != null && "GOVERNMENT".equals(last.body().kind());
		return new LeadershipChain(from, to, List.copyOf(steps), cycleAt != null, cycleAt, truncated, reachesPrincipal);
	}

	private static String thenReason(AnswerBasis basis, ChainStep start, LocalDate on, TraceEdge edge,
			GraphCollector graph) {
		var post = postName(start);
		return switch (basis) {
			case HELD_POST -> "%s held %s on %s (HELD %s)".formatted(graph.nameOf(edge.source()), post, on,
					interval(edge.validFrom(), edge.validTo()));
			case PRINCIPAL_POST -> "%s is the principal post (主要负责人) of %s".formatted(post, bodyName(start));
			case RESPONSIBLE_POST -> "phase %s assigns the %s responsibility to %s (RESPONSIBLE %s)".formatted(
					graph.nameOf(edge.source()), edge.role(), post,
					(edge.validFrom() != null) ? interval(edge.validFrom(), edge.validTo()) : "for the whole phase");
			default -> basis.name();
		};
	}

	private static String todayReason(AnswerBasis basis, Post thenPost, ChainStep start, List<TraceEdge> succession,
			List<TraceEdge> evidence, GraphCollector graph) {
		var reorganised = new StringBuilder();
		for (var edge : succession) {
			reorganised.append("%s was succeeded by %s on %s; ".formatted(graph.nameOf(edge.source()),
					graph.nameOf(edge.target()), edge.on()));
		}
		var post = postName(start);
		return switch (basis) {
			case SAME_POST -> "%s: the same post, its body not reorganised since".formatted(post);
			case SUCCESSOR_TRANSFER -> reorganised + "%s moved from %s to %s on %s".formatted(
					graph.nameOf(evidence.getFirst().source()), thenPost.title(), post, evidence.getLast().validFrom());
			case SUCCESSOR_POST -> reorganised + "%s is the post titled %s there".formatted(post, thenPost.title());
			case SUCCESSOR_PRINCIPAL -> reorganised + (thenPost.principal()
					? "%s is the principal post there, as %s was".formatted(post, thenPost.title())
					: "no post there corresponds to %s, so the principal post %s answers".formatted(thenPost.title(),
							post));
			default -> basis.name();
		};
	}

	private static String postName(ChainStep step) {
		return (step.body() != null) ? step.body().name() + " " + step.post().title() : step.post().title();
	}

	private static String bodyName(ChainStep step) {
		return (step.body() != null) ? step.body().name() : "its body";
	}

	private static String interval(LocalDate from, LocalDate to) {
		return "[" + from + ", " + ((to != null) ? to + ")" : "…)");
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isAfter(b)) ? a : b;
	}

	/** The earlier of two exclusive ends, null meaning open. */
	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isBefore(b)) ? a : b;
	}

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
