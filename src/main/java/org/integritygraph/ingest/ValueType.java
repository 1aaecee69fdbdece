package org.integritygraph.ingest;

/** How a property is written in the import format and what the graph stores for it. */
enum ValueType {

	/** A JSON string, stored as a string. */
	STRING,

	/** A {@code yyyy-MM-dd} string, stored as a {@code DATE}. */
	DATE,

	/** A JSON number, stored as a float (money is a float in yuan). */
	NUMBER,

	/** A JSON boolean. */
	BOOLEAN,

	/** A string from a closed list of values, stored as that string. */
	ENUM,

	/** A checksum-valid unified social credit code (统一社会信用代码). */
	USCC,

	/** A 行政区划代码: 6 or 12 digits. */
	DIVISION_CODE,

	/** A JSON array of strings, stored as a list of strings (policy documents, issue #12). */
	STRING_LIST

}
