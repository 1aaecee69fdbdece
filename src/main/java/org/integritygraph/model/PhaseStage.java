package org.integritygraph.model;

/**
 * The stage of a project phase (项目阶段): the five PPP stages, then those of a government
 * investment project.
 */
public enum PhaseStage {

	/** 识别 (PPP) */
	IDENTIFICATION,

	/** 准备 (PPP) */
	PREPARATION,

	/** 采购 (PPP) */
	PROCUREMENT,

	/** 执行 (PPP) */
	EXECUTION,

	/** 移交 (PPP) */
	TRANSFER,

	/** 立项 (政府投资) */
	APPROVAL,

	/** 建设 (政府投资) */
	CONSTRUCTION,

	/** 验收 (政府投资) */
	ACCEPTANCE,

	/** 运营 (政府投资) */
	OPERATION

}
