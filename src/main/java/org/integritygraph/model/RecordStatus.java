package org.integritygraph.model;

/** The current status of a record (记录状态); its history is the chain of record events. */
public enum RecordStatus {

	/** 已记录 */
	RECORDED,

	/** 异议处理中 */
	OBJECTION_PENDING,

	/** 已撤销 (异议成立) */
	REVOKED,

	/** 已修复 */
	REPAIRED,

	/** 容错免责 */
	EXEMPTED,

	/** 公示期满 */
	EXPIRED

}
