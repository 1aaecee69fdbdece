package org.integritygraph.ingest;

import java.util.List;

/** Thrown inside a write transaction to roll back a batch whose lines do not fit the graph. */
class BatchRejectedException extends RuntimeException {

	private final List<ImportError> errors;

	BatchRejectedException(List<ImportError> errors) {
		super(errors.size() + " line(s) do not fit the graph", null, false, false);
		this.errors = List.copyOf(errors);
	}

	List<ImportError> errors() {
		return this.errors;
	}

}
