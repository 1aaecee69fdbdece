package org.integritygraph.model;

/** The kind of a commitment (承诺类型). */
public enum CommitmentKind {

	/** 政策承诺 */
	POLICY,

	/** 服务承诺 */
	SERVICE,

	/** 合同义务 */
	CONTRACT_OBLIGATION,

	/** 付款 */
	PAYMENT,

	/** 招商承诺 */
	INVESTMENT

}
