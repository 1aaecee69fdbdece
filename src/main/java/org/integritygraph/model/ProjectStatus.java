package org.integritygraph.model;

/** The status of a project (项目状态). */
public enum ProjectStatus {

	/** 计划中 */
	PLANNED,

	/** 实施中 */
	ACTIVE,

	/** 暂停 */
	SUSPENDED,

	/** 已完成 */
	COMPLETED,

	/** 已取消 */
	CANCELLED

}
