package org.integritygraph.trace;

import java.time.LocalDate;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;

/**
 * A person who answered for a project phase through a post: the tenure, the part of it within the
 * responsibility ({@code overlapFrom}/{@code overlapTo}) and the leadership chain over that overlap.
 */
public record ResponsibleHolder(Person person, Post post, Body body, LocalDate tenureFrom, LocalDate tenureTo,
		LocalDate overlapFrom, LocalDate overlapTo, LeadershipChain chain) {
}
