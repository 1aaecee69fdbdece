package org.integritygraph.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The issuer of local tokens, for the {@code token} command and tests; not there when an issuer's JWKS is used. */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	@Bean
	TokenIssuer tokenIssuer(SecurityProperties properties) {
		return new TokenIssuer(properties);
	}

}
