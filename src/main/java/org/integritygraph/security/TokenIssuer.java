package org.integritygraph.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Issues tokens signed with the local key, for the embedded default and for tests: a role, a subject, an
 * optional list of bodies, the configured issuer and audience, a validity.
 */
public final class TokenIssuer {

	private final SecurityProperties properties;

	TokenIssuer(SecurityProperties properties) {
		this.properties = properties;
	}

	/** Whether this service checks tokens with the local key (else an issuer's JWKS issues them). */
	public boolean available() {
		return this.properties.localKey();
	}

	/** A token for {@code role} that is valid for {@code validity} from now. */
	public String issue(Role role, String subject, List<String> bodies, Duration validity) {
		var now = Instant.now();
		var claims = new JWTClaimsSet.Builder().subject(subject)
			.issuer(this.properties.issuer())
			.audience(this.properties.audience())
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(validity)))
			.jwtID(UUID.randomUUID().toString())
			.claim(this.properties.rolesClaim(), List.of(role.name().toLowerCase(java.util.Locale.ROOT)));
		if (!bodies.isEmpty()) {
			claims.claim(JwtRoles.BODIES_CLAIM, bodies);
		}
		return sign(claims.build());
	}

	/** Signs any claims with the local key (tests make tokens with a wrong issuer or an old expiry so). */
	public String sign(JWTClaimsSet claims) {
		if (!available()) {
			throw new IllegalStateException("Tokens come from the issuer of integrity.security.jwk-set-uri");
		}
		try {
			var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
			jwt.sign(new MACSigner(LocalSigningKey.load(this.properties.localKeyFile()).getEncoded()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a token", ex);
		}
	}

}
