package org.integritygraph.model;

/**
 * Who may see a property (the disclosure rules of the domain, 信息公开): every property of the model
 * declares one class, and the roles of the API enforce it.
 */
public enum Disclosure {

	/** Shown to everyone, the public portals included. */
	PUBLIC,

	/** Personal data of a person (birth date, identity number): never public. */
	PERSONAL,

	/** Internal details (objection and complaint details, who filed them): never public. */
	RESTRICTED

}
