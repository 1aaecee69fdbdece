package org.integritygraph.security;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** HTTP handlers may declare a {@code Viewer} parameter; the request guard runs inside the security chain only. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityWebConfiguration implements WebMvcConfigurer {

	private final RequestViewers viewers;

	SecurityWebConfiguration(RequestViewers viewers) {
		this.viewers = viewers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.viewers);
	}

	/** The guard is a bean for the security chain; the servlet container must not run it a second time. */
	@Bean
	FilterRegistrationBean<RequestGuard> requestGuardRegistration(RequestGuard guard) {
		var registration = new FilterRegistrationBean<>(guard);
		registration.setEnabled(false);
		return registration;
	}

}
