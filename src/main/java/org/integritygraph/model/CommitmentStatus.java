package org.integritygraph.model;

/**
 * The status of a commitment (承诺状态): PENDING, then FULFILLED or OVERDUE; an overdue one may
 * become BROKEN; WAIVED after a lawful change.
 */
public enum CommitmentStatus {

	/** 履行中 */
	PENDING,

	/** 已履行 */
	FULFILLED,

	/** 逾期 */
	OVERDUE,

	/** 失信/毁约 */
	BROKEN,

	/** 依法变更 */
	WAIVED

}
