package org.integritygraph.monitoring;

import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;

/**
 * Who answers for a warning now: a post, its body, who holds it today ({@code vacant} when nobody does), why it
 * answers ({@code basis}: a basis of the accountability traces, e.g. {@code SAME_POST} or
 * {@code SUCCESSOR_PRINCIPAL}, or {@code PRINCIPAL_POST} for the principal post of the body that must act) and a
 * readable reason.
 */
public record ResponsibleNow(Post post, Body body, List<Person> holders, boolean vacant, String basis,
		String reason) {
}
