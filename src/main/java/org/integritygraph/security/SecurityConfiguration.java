package org.integritygraph.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API is read-only and public for now: every reader sees the published graph. Roles
 * (public, investigator, editor, admin) and masking arrive with editing.
 */
@Configuration(proxyBeanMethods = false)
// Commands (import, ...) run without a web server, where there is no HttpSecurity to configure.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			// A JSON API without session cookies: CSRF protection has nothing to protect.
			.csrf(csrf -> csrf.disable())
			.build();
	}

}
