package org.integritygraph.trace;

/** Why a post answers for an act. */
public enum AnswerBasis {

	/** The person who acted held this post on the date (任职). */
	HELD_POST,
	/** The principal post (主要负责人, 负总责) of the body that acted or that the record is against. */
	PRINCIPAL_POST,
	/** A project phase assigns the responsibility to this post (政府方责任人). */
	RESPONSIBLE_POST,
	/** Today: the same post, its body not reorganised since. */
	SAME_POST,
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
