package org.integritygraph.security;

import java.time.Duration;
import java.util.List;

import org.integritygraph.system.WarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Warms the checking of bearer tokens ({@link WarmUp}, after the request path, which the public takes): a token
 * signed with the local key, valid for a minute and never sent anywhere, is decoded, verified and read into
 * its roles in the process, as a request's would be — the first request with a token otherwise loads the
 * JOSE and crypto classes. Without a web server (no token decoder) or with an issuer's JWKS nothing is done (no token to check, and no call to the
 * issuer before a user's).
 */
@Component
@Order(0)
class TokenWarmUp implements WarmUp {

	private static final Logger log = LoggerFactory.getLogger(TokenWarmUp.class);

	private final TokenIssuer issuer;

	private final ObjectProvider<JwtDecoder> decoder;

	private final SecurityProperties properties;

	TokenWarmUp(TokenIssuer issuer, ObjectProvider<JwtDecoder> decoder, SecurityProperties properties) {
		this.issuer = issuer;
		this.decoder = decoder;
		this.properties = properties;
	}

	@Override
	public Duration warmUp() {
		var decoder = this.decoder.getIfAvailable();
		if (decoder == null || !this.issuer.available()) {
			return Duration.ZERO;
		}
		long start = System.nanoTime();
		var token = this.issuer.issue(Role.INVESTIGATOR, "warm-up", List.of(), Duration.ofMinutes(1));
		new JwtRoles(this.properties.rolesClaim()).convert(decoder.decode(token));
		var took = Duration.ofNanos(System.nanoTime() - start);
		log.info("Bearer token checks warmed up in {} ms", took.toMillis());
		return took;
	}

}
