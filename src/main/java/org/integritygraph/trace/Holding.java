package org.integritygraph.trace;

import java.time.LocalDate;

import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;

/**
 * 任职: a person holding a post, with the tenure's dates ({@code HELD}, closed-open) and the part of it
 * that falls within the period asked about ({@code overlapFrom}/{@code overlapTo}; {@code null} = open).
 */
public record Holding(Person person, Post post, LocalDate tenureFrom, LocalDate tenureTo, LocalDate overlapFrom,
		LocalDate overlapTo) {
}
