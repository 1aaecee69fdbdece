package org.integritygraph.profile;

/**
 * A consequence of a record (失信惩戒措施, or 守信激励 for a commendation). Which record triggers which measure is
 * data ({@link ConsequenceRule}); this is the vocabulary.
 */
public enum MeasureKind {

	/** 书面说明原因并限期整改 */
	RECTIFICATION,

	/** 取消参加各类荣誉评选资格 (a body) */
	HONOURS_INELIGIBLE,

	/** 公开通报批评 */
	PUBLIC_CRITICISM,

	/** 追究主要负责人责任 */
	PRINCIPAL_ACCOUNTABILITY,

	/** 限制评优评先 (a person) */
	HONOURS_RESTRICTED,

	/** 限制职务晋升 (a person) */
	PROMOTION_RESTRICTED,

	/** 限制参与招标投标 (a company on a 失信 list) */
	BID_RESTRICTION,

	/** 失信被执行人惩戒措施 */
	DEFAULTER_SANCTIONS,

	/** 评优评先、职务晋升同等条件下优先考虑 (守信激励, for a commendation) */
	PRIORITY_CONSIDERATION

}
