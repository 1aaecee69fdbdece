package org.integritygraph.model;

/** The role of a party to a contract (合同当事人角色). */
public enum PartyRole {

	/** 采购人 */
	BUYER,

	/** 政府方 */
	GRANTOR,

	/** 供应商 */
	SUPPLIER,

	/** 社会资本方 */
	PRIVATE_PARTY,

	/** 投资人 */
	INVESTOR,

	/** 出借人 */
	LENDER,

	/** 借款人 */
	BORROWER,

	/** 承包人 */
	CONTRACTOR

}
