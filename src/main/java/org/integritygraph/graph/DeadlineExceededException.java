package org.integritygraph.graph;

/**
 * The request's deadline passed before a read could start: the request is answered with what it has and a
 * {@code TIMEOUT} error, and nothing more runs for it.
 */
public class DeadlineExceededException extends RuntimeException {

	public DeadlineExceededException() {
		super("The request took longer than its time limit; narrow it down (fewer fields, smaller pages, fewer hops).");
	}

}
