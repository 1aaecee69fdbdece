package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Person;

/**
 * 行为期间追溯: what a person was responsible for during the period {@code [from, to)} of a conduct, as known
 * on {@code at}, and who answers for each of those things on {@code at}.
 *
 * @param rule what set the period, and {@code ruleReason} how, in words
 * @param posts the posts the person held during the period (basis {@code HELD_POST}), each with the person's
 * holding, the leadership chain over the part of the tenure within the period, and who answers today
 * @param responsibilities the project phases the person answered for during the period (acts of kind
 * {@code RESPONSIBLE}: through a post they held, or assigned to them directly)
 * @param signatures the contracts and commitments the person signed during the period
 * @param decisions the decisions the person took during the period
 * @param answerableToday every post answering today for any of these, once each
 */
public record ConductTrace(Person person, LocalDate from, LocalDate to, ConductRule rule, String ruleReason,
		LocalDate at, List<Answerable> posts, List<ActTrace> responsibilities, List<ActTrace> signatures,
		List<ActTrace> decisions, List<Answerable> answerableToday, boolean truncated, TraceGraph graph) {
}
