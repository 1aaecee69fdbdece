package org.integritygraph.trace;

/** What an actor did that puts them in a trace. */
public enum ActKind {

	/** Signed a contract or commitment for the government side ({@code SIGNED_BY}). */
	SIGNED,
	/** Took a decision ({@code DECIDED_BY}). */
	DECIDED,
	/** Made a commitment ({@code MADE}). */
	MADE,
	/** Is the government-side party of a contract ({@code PARTY} as grantor, buyer or borrower). */
	PARTY,
	/** Is the subject of a record ({@code AGAINST}). */
	AGAINST,
	/** Answers for the project phase in which the act fell ({@code RESPONSIBLE}). */
	RESPONSIBLE

}
