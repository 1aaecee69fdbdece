package org.integritygraph.audit;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditTrail auditTrail(Clock clock) {
		return new AuditTrail(clock);
	}

}
