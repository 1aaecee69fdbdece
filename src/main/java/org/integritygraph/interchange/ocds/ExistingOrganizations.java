package org.integritygraph.interchange.ocds;

import org.integritygraph.model.Label;

/** Bodies and companies already in the graph, found by their unified social credit code. */
interface ExistingOrganizations {

	/** A node of the graph: its id and label. */
	record Known(String id, Label label) {
	}

	/** The body or company with this credit code, or null. */
	Known byCreditCode(String uscc);

	ExistingOrganizations NONE = uscc -> null;

}
