package org.integritygraph.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.integritygraph.security.Role;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller of service-level tests, as Spring Security would have authenticated a token of a role on the
 * current thread; {@link #clear()} after the test.
 */
public final class TestCallers {

	private TestCallers() {
	}

	/** The current thread acts as a caller with {@code role}. */
	public static void actAs(Role role) {
		var jwt = Jwt.withTokenValue("test")
			.header("alg", "none")
			.subject("test-" + role.name().toLowerCase(java.util.Locale.ROOT))
			.claims(claims -> claims.putAll(Map.of("roles", List.of(role.name().toLowerCase(java.util.Locale.ROOT)))))
			.issuedAt(Instant.now())
			.build();
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(role.authority()))));
	}

	/** The current thread acts as the public again. */
	public static void clear() {
		SecurityContextHolder.clearContext();
	}

}
