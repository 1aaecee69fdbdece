package org.integritygraph.trace;

/**
 * The relationship types a path or neighbourhood may follow: the allow-list of the model's types, passed
 * to Cypher as a list parameter, never concatenated into a query.
 */
public enum TraceRelationship {

	PART_OF, SUCCEEDED_BY, IN, REPORTS_TO, HELD, OWNED_BY, HAS_PHASE, RESPONSIBLE, ON, DECIDED_BY, FOR, PARTY,
	SIGNED_BY, MADE, UNDER, TO, AGAINST, ISSUED_BY, CONCERNS, HAS_EVENT, ASSIGNS, LEAD, COOPERATES, SOURCED_FROM,
	// issue #12: 负责单位
	RESPONSIBLE_UNIT

}
