package org.integritygraph.model;

/** The role of a post or person responsible for a project phase (责任角色). */
public enum ResponsibilityRole {

	/** 负总责 */
	PRINCIPAL,

	/** 分管领导 */
	IN_CHARGE,

	/** 具体负责人 */
	RESPONSIBLE_OFFICER,

	/** 政府方代表 */
	GOVERNMENT_REPRESENTATIVE

}
