package org.integritygraph.trace;

/** Whose obligation an overdue commitment is on the date, seen from the body asked about. */
public enum ObligationKind {

	/** The body made it and still bears it. */
	OWN,
	/** A predecessor made it; it came to the body through a reorganisation (承继). */
	INHERITED,
	/** The body was succeeded: the commitment has passed to its successor, which bears it now. */
	PASSED

}
