package org.integritygraph.document;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.bool;
import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/** A body a unit may resolve to: what resolution needs of a {@code :Body}. */
record CandidateBody(String id, String name, String kind, String level, String divisionCode, LocalDate abolishedOn,
		boolean provisional) {

	static CandidateBody of(MapAccessor n) {
		return new CandidateBody(str(n, "id"), str(n, "name"), str(n, "kind"), str(n, "level"), str(n, "divisionCode"),
				date(n, "abolishedOn"), bool(n, "provisional"));
	}

	/** Whether it still existed on the date (a null date: today's bodies and the abolished alike). */
	boolean existedOn(LocalDate on) {
		return this.abolishedOn == null || on == null || this.abolishedOn.isAfter(on);
	}

}
