package org.integritygraph.trace;

/**
 * What an actor did that puts them in a trace. Acts of the same date are listed in the order of the facts
 * (the phase, then the decision, the contract, the commitment, the record), then in this order of kinds.
 */
public enum ActKind {

	/** Answers for the project phase in which the act fell ({@code RESPONSIBLE}). */
	RESPONSIBLE,
	/** Took a decision ({@code DECIDED_BY}). */
	DECIDED,
	/** Is the government-side party of a contract ({@code PARTY} as grantor, buyer or borrower). */
	PARTY,
	/** Signed a contract or commitment for the government side ({@code SIGNED_BY}). */
	SIGNED,
	/** Made a commitment ({@code MADE}), by the signature. */
	MADE,
	/**
	 * Was bound by a commitment when it fell due: the body that made it, or that body's successor by then
	 * ({@code MADE}, {@code SUCCEEDED_BY}); the act of keeping or breaking it (新官不理旧账).
	 */
	FELL_DUE,
	/** Is the subject of a record ({@code AGAINST}). */
	AGAINST

}
