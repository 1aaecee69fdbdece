package org.integritygraph.security;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that says who changes the graph and who may read its audit trail: every mutation and every
 * read of the trail asks here. The actor is the authenticated caller ({@link Caller#current()}: the token's
 * subject), carried to the GraphQL threads with the security context.
 * <ul>
 * <li>{@link #editor}: mutations need the {@link Role#EDITOR editor} or {@link Role#ADMIN admin} role; an
 * editor whose token names bodies changes only what they answer for ({@link #writesFor()});</li>
 * <li>{@link #auditor}: the audit log and the history of entities need the {@link Role#AUDITOR auditor} or
 * admin role.</li>
 * </ul>
 * (The change feed is open to all: the public reads it through the disclosure rules.)
 * A refusal is an {@link AccessDeniedException}: GraphQL {@code UNAUTHORIZED} for a caller without a token,
 * {@code FORBIDDEN} otherwise; nothing runs then.
 */
@Component
public class Actors {

	/** The actor of the current request, who must be allowed to edit the graph (role editor or admin). */
	public Actor editor(String requestId) {
		var caller = require(Caller.current(), "Editing the graph needs the editor role", Role.EDITOR, Role.ADMIN);
		return new Actor(caller.subject(), Actor.Channel.API, null,
				(requestId != null && !requestId.isBlank()) ? requestId : UUID.randomUUID().toString());
	}

	/**
	 * The bodies the current editor's changes are limited to (the token's {@code bodies} claim), empty for no
	 * limit; the editing API holds every change to them ({@link org.integritygraph.model.WriteScope}).
	 */
	public List<String> writesFor() {
		return Caller.current().writesFor();
	}

	/** Checks that the current request may read the audit trail (roles auditor and admin). */
	public void auditor() {
		require(Caller.current(), "The audit trail is for auditors (role auditor or admin)", Role.AUDITOR,
				Role.ADMIN);
	}

	/** The caller of the current request, who must be an administrator (e.g. to change a rule table). */
	public Caller admin() {
		return require(Caller.current(), "This change is for administrators (role admin)", Role.ADMIN);
	}

	private static Caller require(Caller caller, String message, Role... roles) {
		for (var role : roles) {
			if (caller.has(role)) {
				return caller;
			}
		}
		throw new AccessDeniedException(message + ((caller.subject() == null) ? ": send a bearer token." : "."));
	}

}
