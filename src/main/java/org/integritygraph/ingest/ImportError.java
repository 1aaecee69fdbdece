package org.integritygraph.ingest;

/**
 * Why one line of an import file was rejected.
 *
 * @param line the 1-based line number in the file
 * @param reason what is wrong with it
 */
public record ImportError(int line, String reason) {

	/** {@code line N: reason}, the form in which errors are reported to users. */
	public String message() {
		return "line " + this.line + ": " + this.reason;
	}

	@Override
	public String toString() {
		return message();
	}

}
