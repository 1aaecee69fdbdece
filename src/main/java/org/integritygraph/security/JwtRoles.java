package org.integritygraph.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The roles of a token, read from its roles claim (a list, or one value; names as in {@link Role}, any case;
 * unknown names ignored) into Spring Security authorities {@code ROLE_INVESTIGATOR}, {@code ROLE_EDITOR},
 * {@code ROLE_ADMIN}. A valid token without a known role reads as the public.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	/** The claim listing the body ids an editor's token is limited to. */
	static final String BODIES_CLAIM = "bodies";

	private final String rolesClaim;

	JwtRoles(String rolesClaim) {
		this.rolesClaim = rolesClaim;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
	}

	Collection<GrantedAuthority> authorities(Jwt jwt) {
		var authorities = new ArrayList<GrantedAuthority>();
		values(jwt.getClaim(this.rolesClaim)).forEach(value -> Role.named(value)
			.ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority()))));
		return authorities;
	}

	private static List<String> values(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String value) {
			return List.of(value.split("[\\s,]+"));
		}
		return List.of();
	}

}
