package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.integritygraph.graph.Dates;
import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Relationship;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Accountability tracing (责任倒查): leadership chains, project responsibility, record and commitment
 * traces, overdue commitments, paths and neighbourhoods. Every method answers with one read-only query;
 * an unknown id gives an empty result, a bad argument an {@link InvalidArgumentException}. A {@code null}
 * date means today.
 */
@Service
public class TraceService {

	private final TraceQueries queries;

	private final Dates dates;

	private final Viewer viewer;

	@Autowired
	TraceService(TraceQueries queries, Dates dates) {
		this(queries, dates, null);
	}

	private TraceService(TraceQueries queries, Dates dates, Viewer viewer) {
		this.queries = queries;
		this.dates = dates;
		this.viewer = viewer;
	}

	/**
	 * The traces as {@code viewer} may see them (the disclosure rules inside every trace query, the viewer's
	 * deadline). This service itself answers as the operator: everything, with the configured time limit.
	 */
	public TraceService as(Viewer viewer) {
		return new TraceService(this.queries, this.dates, viewer);
	}

	private Viewer viewer() {
		return (this.viewer != null) ? this.viewer : Viewer.internal(this.dates.today(), null);
	}

	/** The chains of every post the person held on {@code at}, one per post. */
	public Optional<LeadershipChainTrace> leadershipChainOfPerson(String personId, LocalDate at) {
		return this.queries.leadershipChain(viewer(), required("personId", personId), null, orToday(at));
	}

	/** The chain of one post on {@code at}. */
	public Optional<LeadershipChainTrace> leadershipChainOfPost(String postId, LocalDate at) {
		return this.queries.leadershipChain(viewer(), null, required("postId", postId), orToday(at));
	}

	/**
	 * The chains of a person's posts or of one post: exactly one of the ids must be given, as the GraphQL
	 * operation {@code leadershipChain(personId, postId, at)} takes them.
	 */
	public Optional<LeadershipChainTrace> leadershipChain(String personId, String postId, LocalDate at) {
		exactlyOne("personId", personId, "postId", postId);
		return (personId != null) ? leadershipChainOfPerson(personId, at) : leadershipChainOfPost(postId, at);
	}

	/** Who answered for each phase of the project (begun by {@code at}), to whom, and who signed and decided. */
	public Optional<ProjectAccountability> projectAccountability(String projectId, LocalDate at) {
		return this.queries.projectAccountability(viewer(), required("projectId", projectId), orToday(at));
	}

	/** Who acted, who answered then, and who answers on {@code today} for a record. */
	public Optional<ResponsibilityTrace> responsibilityTraceOfRecord(String recordId, LocalDate today) {
		return this.queries.responsibilityTrace(viewer(), required("recordId", recordId), null, orToday(today));
	}

	/** Who signed, who answered then, and who answers on {@code today} for a commitment. */
	public Optional<ResponsibilityTrace> responsibilityTraceOfCommitment(String commitmentId, LocalDate today) {
		return this.queries.responsibilityTrace(viewer(), null, required("commitmentId", commitmentId), orToday(today));
	}

	/**
	 * The trace of a record or a commitment: exactly one of the ids must be given, as the GraphQL operation
	 * {@code responsibilityTrace(recordId, commitmentId, at)} takes them.
	 */
	public Optional<ResponsibilityTrace> responsibilityTrace(String recordId, String commitmentId, LocalDate today) {
		exactlyOne("recordId", recordId, "commitmentId", commitmentId);
		return (recordId != null) ? responsibilityTraceOfRecord(recordId, today)
				: responsibilityTraceOfCommitment(commitmentId, today);
	}

	/** Commitments of the body and its predecessors due before {@code at} and not fulfilled or waived on it. */
	public Optional<OverdueCommitments> overdueCommitments(String bodyId, LocalDate at) {
		return this.queries.overdueCommitments(viewer(), required("bodyId", bodyId), orToday(at));
	}

	/**
	 * The shortest paths of at most {@code maxHops} (1 to {@value TraceLimits#MAX_PATH_HOPS}) between two
	 * entities over the given relationship types (empty or null: all).
	 */
	public Optional<Connections> connections(String fromId, String toId, int maxHops, Set<String> types) {
		if (maxHops < 1 || maxHops > TraceLimits.MAX_PATH_HOPS) {
			throw new InvalidArgumentException("maxHops",
					"maxHops must be between 1 and " + TraceLimits.MAX_PATH_HOPS + ", was " + maxHops);
		}
		return this.queries.connections(viewer(), required("fromId", fromId), required("toId", toId), maxHops, orAll(types));
	}

	/**
	 * The links of an entity per relationship type, {@code first} (1 to {@value TraceLimits#MAX_FIRST}) per
	 * type and direction after the cursor {@code after}, and a drawing up to {@code depth} (1 to
	 * {@value TraceLimits#MAX_DEPTH}) hops.
	 */
	public Optional<Neighbourhood> neighbourhood(String id, int depth, Set<String> types, int first,
			String after) {
		if (depth < 1 || depth > TraceLimits.MAX_DEPTH) {
			throw new InvalidArgumentException("depth",
					"depth must be between 1 and " + TraceLimits.MAX_DEPTH + ", was " + depth);
		}
		if (first < 1 || first > TraceLimits.MAX_FIRST) {
			throw new InvalidArgumentException("first",
					"first must be between 1 and " + TraceLimits.MAX_FIRST + ", was " + first);
		}
		return this.queries.neighbourhood(viewer(), required("id", id), depth, orAll(types), first, PageRequest.offsetAfter(after));
	}

	/** Today, by the application's clock. */
	public LocalDate today() {
		return this.dates.today();
	}

	private LocalDate orToday(LocalDate date) {
		return this.dates.orToday(date);
	}

	/** The relationship types asked for, each one of the model (all of them when none). */
	private static Set<String> orAll(Set<String> types) {
		if (types == null || types.isEmpty()) {
			return GraphModel.relationships().stream().map(Relationship::type).collect(Collectors.toCollection(TreeSet::new));
		}
		types.stream()
			.filter(type -> GraphModel.relationship(type).isEmpty())
			.findFirst()
			.ifPresent(type -> {
				throw new InvalidArgumentException("relationshipTypes", "Not a relationship type of the model: " + type);
			});
		return new TreeSet<>(types);
	}

	private static String required(String argument, String id) {
		if (id == null || id.isBlank()) {
			throw new InvalidArgumentException(argument, argument + " is required");
		}
		return id;
	}

	private static void exactlyOne(String argument, String value, String otherArgument, String otherValue) {
		if ((value == null) == (otherValue == null)) {
			throw new InvalidArgumentException(argument,
					"Give exactly one of " + argument + " and " + otherArgument + " (%s given)"
						.formatted((value == null) ? "neither" : "both"));
		}
	}

}
