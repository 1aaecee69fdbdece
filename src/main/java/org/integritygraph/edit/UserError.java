package org.integritygraph.edit;

import java.util.List;

/**
 * An expected failure of an edit, reported in the mutation's payload; the edit changed nothing.
 *
 * @param code what kind of failure
 * @param message what is wrong, for a person
 * @param field the path of the offending input field, e.g. {@code ["input", "uscc"]}
 * @param currentVersion for a {@link UserErrorCode#CONFLICT}: the entity's version now
 */
public record UserError(UserErrorCode code, String message, List<String> field, Long currentVersion) {

	public static UserError of(UserErrorCode code, String message, String... field) {
		return new UserError(code, message, List.of(field), null);
	}

}
