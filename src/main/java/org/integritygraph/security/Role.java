package org.integritygraph.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of the service. The public (anonymous, no token) sees what the disclosure rules make public;
 * every other role is given by a token's roles claim and reads everything.
 */
public enum Role {

	/** Anonymous: public portals (公众). */
	PUBLIC,

	/** 纪委监委, 督查室: reads everything. */
	INVESTIGATOR,

	/** Writes (mutations), within the bodies of the token's bodies claim when it has one; reads everything. */
	EDITOR,

	/** 审计: reads everything and the audit trail (who changed what, when and why); writes nothing. */
	AUDITOR,

	/** Operates the service: everything an editor and an auditor may, health details, actuator endpoints. */
	ADMIN;

	/** The Spring Security authority of the role, e.g. {@code ROLE_INVESTIGATOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether the role lifts the disclosure rules. */
	public boolean seesEverything() {
		return this != PUBLIC;
	}

	/** The role a claim value names ({@code investigator}, {@code INVESTIGATOR}), if any. */
	public static Optional<Role> named(String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			var role = valueOf(value.strip().toUpperCase(Locale.ROOT));
			return (role == PUBLIC) ? Optional.empty() : Optional.of(role);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
