package org.integritygraph.document;

import org.integritygraph.model.entity.Body;
import java.util.List;

/**
 * What a unit as written resolved to.
 *
 * @param how how it was resolved, or why not
 * @param body the body, when resolved
 * @param candidates the bodies it could be, when ambiguous
 */
record Resolution(How how, Body body, List<Body> candidates) {

	Resolution {
		candidates = List.copyOf(candidates);
	}

	static Resolution of(How how, Body body) {
		return new Resolution(body.provisional() ? How.PROVISIONAL : how, body, List.of());
	}

	static Resolution none(How how) {
		return new Resolution(how, null, List.of());
	}

	boolean resolved() {
		return this.body != null;
	}

	/** How a unit was resolved; the first four are stored on the relationship to the body. */
	enum How {

		/** Its name (with the jurisdiction's place before it) is the body's. */
		EXACT("exact"),

		/** Through the alias table. */
		ALIAS("alias"),

		/** Through an abbreviation rule (发展改革局 = 发展和改革委员会, 人社局, 政府办 …). */
		ABBREVIATION("abbreviation rule"),

		/** A provisional body, created for it at the user's request and awaiting review. */
		PROVISIONAL("provisional"),

		/** A category of addressees (各县〈区〉人民政府), not a body: kept on the task as written. */
		GENERAL("general, not a body"),

		/** No body of the jurisdiction has that name: for review. */
		UNRESOLVED("UNRESOLVED, review"),

		/** Several bodies could be meant: for review. */
		AMBIGUOUS("AMBIGUOUS, review");

		final String label;

		How(String label) {
			this.label = label;
		}

	}

}
