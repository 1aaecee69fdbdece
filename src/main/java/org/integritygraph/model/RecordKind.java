package org.integritygraph.model;

/**
 * The kind of an integrity record (诚信记录类型): 政务失信 records, and commendations (守信激励).
 */
public enum RecordKind {

	/** 司法判决 */
	JUDICIAL_JUDGMENT,

	/** 行政处罚 */
	ADMINISTRATIVE_PENALTY,

	/** 纪律处分 */
	DISCIPLINARY_SANCTION,

	/** 问责处理 */
	ACCOUNTABILITY_ACTION,

	/** 拒不履行生效判决 (失信被执行人) */
	JUDGMENT_DEFAULT,

	/** 未守信践诺 */
	BROKEN_COMMITMENT,

	/** 统计造假 */
	STATISTICAL_FRAUD,

	/** 环境目标未完成 */
	ENVIRONMENTAL_TARGET_FAILURE,

	/** 表彰奖励 */
	COMMENDATION

}
