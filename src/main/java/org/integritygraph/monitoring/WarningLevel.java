package org.integritygraph.monitoring;

/** 预警等级, from the least to the most urgent. */
public enum WarningLevel {

	/** 黄色预警 */
	YELLOW,

	/** 橙色预警 */
	ORANGE,

	/** 红色预警 */
	RED

}
