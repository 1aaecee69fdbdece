package org.integritygraph.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who makes a request, as Spring Security authenticated it: the token's subject, its roles and, for an
 * editor, the bodies it may write for. The public caller has no subject and no role but {@link Role#PUBLIC}.
 *
 * @param subject the token's {@code sub}, null for the public
 * @param roles the roles (only {@link Role#PUBLIC} for the public)
 * @param bodies the ids of the bodies the token is limited to (its bodies claim), empty for no limit
 */
public record Caller(String subject, Set<Role> roles, List<String> bodies) {

	public static final Caller PUBLIC = new Caller(null, Set.of(Role.PUBLIC), List.of());

	/** The caller of the current request (the security context of the current thread). */
	public static Caller current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The caller an authentication stands for: the public for none or an anonymous one. */
	public static Caller of(Authentication authentication) {
		if (!(authentication instanceof JwtAuthenticationToken jwt) || !jwt.isAuthenticated()) {
			return PUBLIC;
		}
		var roles = EnumSet.noneOf(Role.class);
		jwt.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.forEach(authority -> {
				for (var role : Role.values()) {
					if (role.authority().equals(authority)) {
						roles.add(role);
					}
				}
			});
		if (roles.isEmpty()) {
			roles.add(Role.PUBLIC);
		}
		var bodies = jwt.getToken().getClaimAsStringList(JwtRoles.BODIES_CLAIM);
		return new Caller(jwt.getName(), Set.copyOf(roles), (bodies != null) ? List.copyOf(bodies) : List.of());
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Whether the disclosure rules are lifted for the caller (any role but the public). */
	public boolean seesEverything() {
		return this.roles.stream().anyMatch(Role::seesEverything);
	}

	/**
	 * The bodies the caller's edits are limited to ({@link org.integritygraph.model.WriteScope}): the token's
	 * bodies for an editor whose token names some, none (no limit) for an admin and any other editor.
	 */
	public List<String> writesFor() {
		return has(Role.ADMIN) ? List.of() : this.bodies;
	}

}
