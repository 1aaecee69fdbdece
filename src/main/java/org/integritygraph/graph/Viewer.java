package org.integritygraph.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.integritygraph.model.Visibility;

/**
 * Who reads, and until when: every read of a request runs for a viewer. A viewer either sees everything
 * (investigators, editors, admins, the operator of a command) or only what the disclosure rules make public
 * on {@code today} ({@link Visibility}); and its request has a deadline, after which no query starts and a
 * running one is ended by the database (its transaction timeout is the time left).
 *
 * @param seesEverything whether the disclosure rules are lifted (an authenticated internal role)
 * @param today the day the disclosure periods are judged on
 * @param deadline when the request's reads must have ended, null for none (a batch command)
 */
public record Viewer(boolean seesEverything, LocalDate today, Instant deadline) {

	/** The key of the request's viewer in the GraphQL context. */
	public static final String KEY = "integrity.viewer";

	/** A viewer who sees only what is public on {@code today}, until {@code deadline}. */
	public static Viewer publicViewer(LocalDate today, Instant deadline) {
		return new Viewer(false, today, deadline);
	}

	/** A viewer who sees everything, until {@code deadline}. */
	public static Viewer internal(LocalDate today, Instant deadline) {
		return new Viewer(true, today, deadline);
	}

	/** {@code parameters} with the disclosure parameter every visibility predicate reads. */
	public Map<String, Object> with(Map<String, ?> parameters) {
		var all = new HashMap<String, Object>(parameters);
		all.put(Visibility.PARAMETER, Visibility.parameter(this.seesEverything, this.today));
		return all;
	}

	/** The time left before the deadline (negative when past), or null without a deadline. */
	public Duration timeLeft(Instant now) {
		return (this.deadline != null) ? Duration.between(now, this.deadline) : null;
	}

}
