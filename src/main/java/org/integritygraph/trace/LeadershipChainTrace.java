package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;

/**
 * The answer to "to whom did X answer on D": one chain per post the person held on {@code at} (or the
 * one chain of the post asked about). {@code person} or {@code post} is set, after what was asked.
 */
public record LeadershipChainTrace(Person person, Post post, LocalDate at, List<LeadershipChain> chains,
		TraceGraph graph) {
}
