package org.integritygraph.model;

/** The kind of a contract (合同类型). */
public enum ContractKind {

	/** 政府采购 */
	PROCUREMENT,

	/** 招标投标 */
	TENDER,

	/** PPP合同 */
	PPP,

	/** 招商引资协议 */
	INVESTMENT_AGREEMENT,

	/** 债务/借款 */
	DEBT,

	/** 工程施工 */
	CONSTRUCTION

}
