package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.Contract;
import org.integritygraph.model.entity.Decision;
import org.integritygraph.model.entity.Phase;

/**
 * An act (signing, deciding, making a commitment, being the subject of a record ...) and the posts that
 * answer for it on its date. {@code actor} is a {@link org.integritygraph.body.Body}, a
 * {@link org.integritygraph.person.Person} or, for a phase responsibility, a
 * {@link org.integritygraph.person.Post}; {@code via} is the edge that makes it the actor. The act's
 * object is one of {@code contract}, {@code decision}, {@code commitment}, {@code phase} (or none for a
 * record's subject). {@code answerableNow} lists, once each, the posts that answer for it today (those of
 * every {@link Answerable#today()}).
 */
public record ActTrace(ActKind kind, LocalDate on, Object actor, TraceEdge via, Contract contract, Decision decision,
		Commitment commitment, Phase phase, List<Answerable> answerable, List<Answerable> answerableNow) {
}
