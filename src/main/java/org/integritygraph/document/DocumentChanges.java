package org.integritygraph.document;

import java.util.List;

/**
 * What importing a document changed, compared with the version in the graph before.
 *
 * @param isNew whether the document was not in the graph before
 * @param lines one line per change ({@code task 10: + COOPERATE 市审计局}), empty when nothing changed
 */
record DocumentChanges(boolean isNew, List<String> lines) {

	DocumentChanges {
		lines = List.copyOf(lines);
	}

	boolean none() {
		return !this.isNew && this.lines.isEmpty();
	}

}
