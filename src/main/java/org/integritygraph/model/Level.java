package org.integritygraph.model;

/** The administrative level of a body (行政级别). */
public enum Level {

	/** 省级 */
	PROVINCE,

	/** 市级 */
	CITY,

	/** 县级 (县/区) */
	COUNTY,

	/** 乡镇级 */
	TOWNSHIP

}
