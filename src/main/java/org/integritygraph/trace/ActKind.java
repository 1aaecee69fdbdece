package org.integritygraph.trace;

/** What an actor did that puts them in a trace. */
public enum ActKind {

	/** Signed a contract or commitment for the government side ({@code SIGNED_BY}). */
	SIGNED,
	/** Took a decision ({@code DECIDED_BY}). */
	DECIDED,
	/** Made a commitment ({@code MADE}). */
	MADE,
	/**
	 * Was bound by a commitment when it fell due: the body that made it, or that body's successor by then
	 * ({@code MADE}, {@code SUCCEEDED_BY}); the act of keeping or breaking it (新官不理旧账).
	 */
	FELL_DUE,
	/** Is the government-side party of a contract ({@code PARTY} as grantor, buyer or borrower). */
	PARTY,
	/** Is the subject of a record ({@code AGAINST}). */
	AGAINST,
	/** Answers for the project phase in which the act fell ({@code RESPONSIBLE}). */
	RESPONSIBLE

}
