package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;

/**
 * A {@code RESPONSIBLE} edge of a phase, over {@code [from, to)} (the edge's dates, else the phase's):
 * assigned to a {@code post} (with its {@code body}) or directly to a {@code person}; {@code holders} are
 * everybody who held the post (or, for a person, the posts they held) during it. {@code answerableNow} is who
 * answers for a post's responsibility on the date asked: the post's holder then, or, after a
 * reorganisation, the corresponding post of the successor body (empty for a person).
 */
public record PhaseResponsibility(String role, LocalDate from, LocalDate to, Post post, Body body, Person person,
		List<ResponsibleHolder> holders, boolean vacant, TraceEdge via, List<Answerable> answerableNow) {
}
