package org.integritygraph.trace;

/** What sets the period of the conduct a record is about (in this order of preference). */
public enum ConductRule {

	/** The record's own {@code conductFrom}/{@code conductTo}. */
	DECLARED,
	/**
	 * What the record concerns: a commitment from its making to its due date, a contract or decision on the day
	 * it was signed or taken, a project over its phases begun by the record's date; several together span all.
	 */
	CONCERNED,
	/** The record's date, when the person held a post then. */
	RECORD_DATE,
	/** The person's last tenure begun before the record's date, when they held no post on it (left office). */
	LAST_TENURE,
	/** Given by the caller. */
	REQUESTED

}
