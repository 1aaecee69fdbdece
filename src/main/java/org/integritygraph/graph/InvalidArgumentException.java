package org.integritygraph.graph;

/**
 * A request argument the API cannot accept (both or neither of two alternative ids, a bound exceeded
 * ...). The GraphQL layer reports it as a {@code BAD_REQUEST} error naming the argument.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/** The name of the offending argument, as the API spells it. */
	public String argument() {
		return this.argument;
	}

}
