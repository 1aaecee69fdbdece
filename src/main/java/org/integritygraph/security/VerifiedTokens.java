package org.integritygraph.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies a token's signature once in {@link #KEPT}: a token that decoded and validated is kept (at most
 * {@link #MAX_TOKENS}, by its exact text) so that the next request with it skips the parsing and the signature
 * check; its claims are validated again on every request (expiry, not-before, issuer, audience), so an expired
 * token is refused as before. A token that failed is never kept. The same five minutes as the JWKS cache: a key
 * withdrawn from the issuer's JWKS stops being accepted within them either way.
 */
final class VerifiedTokens implements JwtDecoder {

	static final Duration KEPT = Duration.ofMinutes(5);

	static final int MAX_TOKENS = 10_000;

	private final JwtDecoder decoder;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Cache<String, Jwt> verified = Caffeine.newBuilder()
		.maximumSize(MAX_TOKENS)
		.expireAfterWrite(KEPT)
		.build();

	VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
		this.decoder = decoder;
		this.validator = validator;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		var jwt = this.verified.getIfPresent(token);
		if (jwt == null) {
			jwt = this.decoder.decode(token);
			this.verified.put(token, jwt);
			return jwt;
		}
		var result = this.validator.validate(jwt);
		if (result.hasErrors()) {
			this.verified.invalidate(token);
			throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
					+ result.getErrors().iterator().next().getDescription(), result.getErrors());
		}
		return jwt;
	}

}
