package org.integritygraph.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that says who is acting and what they may do: every mutation and every read of the audit
 * trail asks here. The actor is the authenticated principal (carried to the GraphQL threads with the
 * security context), or {@code anonymous}. The roles (public, investigator, editor, admin) are to be
 * enforced here: {@link #editor} and {@link #auditor} are the checks the editing API and the audit reads
 * make; until authentication is configured they let everyone through.
 */
@Component
public class Actors {

	/** The actor of the current request. */
	public Actor current(String requestId) {
		var name = principalName().orElse(Actor.ANONYMOUS);
		return new Actor(name, Actor.Channel.API, null,
				(requestId != null && !requestId.isBlank()) ? requestId : UUID.randomUUID().toString());
	}

	/** The actor of the current request, who must be allowed to edit the graph (role editor). */
	public Actor editor(String requestId) {
		return current(requestId);
	}

	/** Checks that the current request may read the audit trail (roles investigator and admin). */
	public void auditor() {
		// every reader may, until roles are enforced
	}

	private static Optional<String> principalName() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.ofNullable(authentication.getName());
	}

}
