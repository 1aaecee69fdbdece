package org.integritygraph.edit;

/** Why an edit was refused; the {@code code} of a {@code UserError}. */
public enum UserErrorCode {

	/** A required value is missing, null or blank. */
	REQUIRED,

	/** A value is not of its type, not an allowed value, or fails its checksum (GB 32100, GB 11643). */
	INVALID_VALUE,

	/** A field the model does not declare. */
	UNKNOWN_FIELD,

	/** Dates out of order: an interval ending before it starts, an event before the one it follows. */
	DATE_ORDER,

	/** An event dated after today. */
	FUTURE_DATE,

	/** The interval overlaps another that must not be valid at the same time (one holder of a post ...). */
	OVERLAP,

	/** No entity or relationship with that id or identity. */
	NOT_FOUND,

	/** The entity exists but is of a label the field does not accept. */
	WRONG_TYPE,

	/** An entity with that id, or a relationship with that identity, exists already. */
	DUPLICATE,

	/** The lifecycle does not allow this step in the current status. */
	ILLEGAL_TRANSITION,

	/** The dated relationship has been ended already. */
	ALREADY_ENDED,

	/** Reporting lines would run in a circle. */
	CYCLE,

	/** The entity changed since the version given (optimistic locking): read it again, then retry. */
	CONFLICT,

	/** The idempotency key was used before for a different operation. */
	IDEMPOTENCY_KEY_REUSED

}
