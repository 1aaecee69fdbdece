package org.integritygraph.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authentication and exposure of the service ({@code integrity.security}).
 *
 * @param jwkSetUri the issuer's JWKS URI (production); unset: tokens are signed with the local key
 * @param requireIssuer refuse to start without {@code jwkSetUri} (the production profile sets it)
 * @param issuer the {@code iss} every token must carry
 * @param audience the value every token's {@code aud} must contain
 * @param rolesClaim the claim that lists the token's roles ({@code investigator}, {@code editor}, {@code admin})
 * @param localKeyFile the local signing key (HMAC-SHA256), created on first use when missing
 * @param tokenValidity how long a token of the {@code token} command is valid by default
 * @param publicIntrospection whether anonymous callers may introspect the GraphQL schema (off in production)
 * @param corsAllowedOrigins the origins of the portals that may call the API from a browser
 */
@ConfigurationProperties("integrity.security")
public record SecurityProperties(String jwkSetUri, @DefaultValue("false") boolean requireIssuer,
		@DefaultValue("integrity-graph-local") String issuer, @DefaultValue("integrity-graph") String audience,
		@DefaultValue("roles") String rolesClaim, @DefaultValue("data/local-signing-key") Path localKeyFile,
		@DefaultValue("8h") Duration tokenValidity, @DefaultValue("true") boolean publicIntrospection,
		@DefaultValue List<String> corsAllowedOrigins) {

	public boolean localKey() {
		return this.jwkSetUri == null || this.jwkSetUri.isBlank();
	}

}
