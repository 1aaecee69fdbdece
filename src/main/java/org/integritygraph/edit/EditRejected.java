package org.integritygraph.edit;

import java.util.List;

/** Thrown inside an edit's transaction to roll it back: the input failed validation or a lifecycle rule. */
final class EditRejected extends RuntimeException {

	private final List<UserError> errors;

	EditRejected(List<UserError> errors) {
		super(errors.isEmpty() ? "rejected" : errors.getFirst().message(), null, false, false);
		this.errors = List.copyOf(errors);
	}

	List<UserError> errors() {
		return this.errors;
	}

}
