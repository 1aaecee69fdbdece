package org.integritygraph.graph;

/**
 * Bad input that the schema itself cannot reject (a page size over the limit, an unreadable cursor,
 * two mutually exclusive ids). Reported as a {@code BAD_REQUEST} GraphQL error naming the argument.
 */
public class InvalidArgumentException extends IllegalArgumentException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
