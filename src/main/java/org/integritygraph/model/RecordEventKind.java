package org.integritygraph.model;

/** What happened to a record (记录事件类型). */
public enum RecordEventKind {

	/** 记录 */
	RECORDED,

	/** 提出异议 */
	OBJECTION_FILED,

	/** 异议成立 */
	OBJECTION_UPHELD,

	/** 异议驳回 */
	OBJECTION_REJECTED,

	/** 更正 */
	CORRECTED,

	/** 申请信用修复 */
	REPAIR_APPLIED,

	/** 信用修复完成 */
	REPAIRED,

	/** 容错免责 */
	EXEMPTED,

	/** 公示期满 */
	EXPIRED

}
