package org.integritygraph.trace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.integritygraph.graph.InvalidArgumentException;

import org.springframework.beans.factory.ObjectProvider;
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

	private final Clock clock;

	TraceService(TraceQueries queries, ObjectProvider<Clock> clock) {
		this.queries = queries;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/** The chains of every post the person held on {@code at}, one per post. */
	public Optional<LeadershipChainTrace> leadershipChainOfPerson(String personId, LocalDate at) {
		throw new UnsupportedOperationException("not yet");
	}

	/** The chain of one post on {@code at}. */
	public Optional<LeadershipChainTrace> leadershipChainOfPost(String postId, LocalDate at) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Who answered for each phase of the project (begun by {@code at}), to whom, and who signed and decided. */
	public Optional<ProjectAccountability> projectAccountability(String projectId, LocalDate at) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Who acted, who answered then, and who answers on {@code today} for a record. */
	public Optional<ResponsibilityTrace> responsibilityTraceOfRecord(String recordId, LocalDate today) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Who signed, who answered then, and who answers on {@code today} for a commitment. */
	public Optional<ResponsibilityTrace> responsibilityTraceOfCommitment(String commitmentId, LocalDate today) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Commitments of the body and its predecessors due before {@code at} and not fulfilled or waived on it. */
	public Optional<OverdueCommitments> overdueCommitments(String bodyId, LocalDate at) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The shortest paths of at most {@code maxHops} (≤ {@value TraceLimits#MAX_PATH_HOPS}) between two
	 * entities over the given relationship types (empty or null: all).
	 */
	public Optional<Connections> connections(String fromId, String toId, int maxHops, Set<TraceRelationship> types) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The links of an entity per relationship type, {@code first} (≤ {@value TraceLimits#MAX_FIRST}) per
	 * type after the cursor {@code after}, and a drawing up to {@code depth} (≤ {@value TraceLimits#MAX_DEPTH}) hops.
	 */
	public Optional<Neighbourhood> neighbourhood(String id, int depth, Set<TraceRelationship> types, int first,
			String after) {
		throw new UnsupportedOperationException("not yet");
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
