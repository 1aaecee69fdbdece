package org.integritygraph.model;

/** The kind of a project (项目类型). */
public enum ProjectKind {

	/** 政府投资 */
	GOVERNMENT_INVESTMENT,

	/** 政府和社会资本合作 */
	PPP,

	/** 招商引资 */
	INVESTMENT_ATTRACTION

}
