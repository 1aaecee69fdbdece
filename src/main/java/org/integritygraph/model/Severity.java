package org.integritygraph.model;

/** The severity of a record (严重程度); it decides the public-disclosure period. */
public enum Severity {

	/** 轻微 */
	MINOR,

	/** 一般 */
	GENERAL,

	/** 严重 */
	SERIOUS

}
