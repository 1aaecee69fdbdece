package org.integritygraph.trace;

/** Why a post answers for an act (then), or for what a post answered for (today). */
public enum AnswerBasis {

	/** The person who acted held this post on the date (任职), the only one or none in the acting body. */
	HELD_POST,
	/**
	 * The person who acted held several posts on the date; this one is in the acting body (the body that made
	 * the commitment, a body party to the contract, a deciding body) or in a body under it.
	 */
	HELD_POST_IN_ACTING_BODY,
	/** The signer signed as this post (签署身份, {@code SIGNED_AS}). */
	SIGNED_AS_POST,
	/** The principal post (主要负责人, 负总责) of the body that acted or that the record is against. */
	PRINCIPAL_POST,
	/** A project phase assigns the responsibility to this post (政府方责任人). */
	RESPONSIBLE_POST,
	/** Today: the same post, its body not reorganised since. */
	SAME_POST,
	/**
	 * Today: the phase's responsibility of the same role passed to this post (another {@code RESPONSIBLE} edge
	 * began when or after the old one ended).
	 */
	REASSIGNED,
	/** Today: a post held today by the person the responsibility is assigned to directly. */
	RESPONSIBLE_PERSON,
	/**
	 * Today: the post of the successor body that the old post's holder moved to on the day of the
	 * reorganisation (人员划转).
	 */
	SUCCESSOR_TRANSFER,
	/** Today: the post of the same title in the body that succeeded the post's body (机构改革). */
	SUCCESSOR_POST,
	/**
	 * Today: the principal post of the successor body, for a principal post or for a post without a
	 * counterpart there.
	 */
	SUCCESSOR_PRINCIPAL

}
