package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;

/**
 * A {@code RESPONSIBLE} edge of a phase, over {@code [from, to)} (the edge's dates, else the phase's):
 * assigned to a {@code post} (with its {@code body}) or directly to a {@code person}; {@code holders} are
 * everybody who held the post (or, for a person, the posts they held) during it. {@code vacancies} are the days
 * of it (up to the date asked) on which the post had no holder, {@code vacant} says there are any.
 * {@code answerableNow} is who answers for the responsibility on the date asked (the rules of "today": the
 * post or person it has passed to, through reorganisations, with the chain today).
 */
public record PhaseResponsibility(String role, LocalDate from, LocalDate to, Post post, Body body, Person person,
		List<ResponsibleHolder> holders, boolean vacant, List<Period> vacancies, TraceEdge via,
		List<Answerable> answerableNow) {
}
