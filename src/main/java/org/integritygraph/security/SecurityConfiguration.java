package org.integritygraph.security;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what. Requests without a token are the public; a bearer token (JWT) is checked against the
 * issuer's JWKS in production or the local signing key by default — signature, expiry, issuer and audience —
 * and a bad one is answered 401 before anything else runs. Roles come from the token's roles claim
 * ({@link JwtRoles}). What each role sees of the graph is decided by the disclosure rules inside the queries,
 * so the GraphQL endpoint, the report downloads and GraphiQL are open to all; the schema download and health
 * details need an internal role, the other actuator endpoints the admin. Sessions, cookies and CSRF tokens are
 * not used: every request carries its credentials.
 */
@Configuration(proxyBeanMethods = false)
// Commands (import, token, ...) run without a web server, where there is no HttpSecurity to configure.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/** Internal roles: they read everything. */
	private static final String[] INTERNAL = { Role.INVESTIGATOR.name(), Role.EDITOR.name(), Role.AUDITOR.name(),
			Role.ADMIN.name() };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder, SecurityProperties properties,
			RequestGuard guard) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers("/graphql/schema")
				.hasAnyRole(INTERNAL)
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.OPTIONS, "/**")
				.permitAll()
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(new JwtRoles(properties.rolesClaim()))))
			.addFilterAfter(guard, BearerTokenAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// A JSON API without session cookies: CSRF protection has nothing to protect.
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.cors(cors -> cors.configurationSource(cors(properties.corsAllowedOrigins())))
			.headers(headers -> headers
				// GraphiQL's page and the HTML reports have inline scripts and styles, served from the jar only
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self' 'unsafe-inline'; "
						+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
						+ "frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
			.build();
	}

	@Bean
	JwtDecoder jwtDecoder(SecurityProperties properties) {
		NimbusJwtDecoder decoder;
		if (properties.localKey()) {
			if (properties.requireIssuer()) {
				throw new IllegalStateException(
						"integrity.security.require-issuer is set: configure integrity.security.jwk-set-uri (the issuer's JWKS)");
			}
			decoder = NimbusJwtDecoder.withSecretKey(LocalSigningKey.load(properties.localKeyFile()))
				.macAlgorithm(MacAlgorithm.HS256)
				.build();
		}
		else {
			decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
		}
		var validator = validator(properties);
		decoder.setJwtValidator(validator);
		return new VerifiedTokens(decoder, validator);
	}

	/**
	 * No Spring Security observations (filter chain, authentication, authorization): on every request they
	 * cost more than the rest of the security filters; {@code http.server.requests} still times each request.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** Expiry and not-before (one minute of clock skew), the issuer, the audience. */
	static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				values -> values != null && values.contains(properties.audience()));
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()), audience);
	}

	private static CorsConfigurationSource cors(List<String> origins) {
		var source = new UrlBasedCorsConfigurationSource();
		if (!origins.isEmpty()) {
			var configuration = new CorsConfiguration();
			configuration.setAllowedOrigins(origins);
			configuration.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
			configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
			configuration.setExposedHeaders(List.of("Retry-After", "X-Request-Id", "Content-Disposition"));
			configuration.setMaxAge(3600L);
			source.registerCorsConfiguration("/**", configuration);
		}
		return source;
	}

}
