package org.integritygraph.graph;

/**
 * Something the service needs for a request is missing from this installation (e.g. the CJK font of the
 * PDF reports): not the caller's fault, and not a bug. Answered as 503 over HTTP; the message says how to
 * fix the installation.
 */
public class UnavailableException extends RuntimeException {

	public UnavailableException(String message) {
		super(message);
	}

}
