package org.integritygraph.ingest;

/** An import cannot resume: its checkpoint is unreadable or no longer fits the file. */
public class CannotResumeException extends RuntimeException {

	CannotResumeException(String message) {
		super(message);
	}

}
