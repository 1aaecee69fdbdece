package org.integritygraph.api;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Runs the controllers' methods on the request's own thread. With virtual threads on, Spring Boot gives
 * Spring for GraphQL the application's task executor, which runs every controller method that does not return
 * an asynchronous type on a thread of its own, the request then resumed by an asynchronous dispatch of the
 * servlet container: a hand-off and a second pass through the container for every list and lookup, for
 * nothing, since the request's thread is a virtual thread already and a read blocks it cheaply. The reads
 * keep their bounds (the request's deadline, each query's time limit, {@code RequestGuard}).
 */
@Configuration(proxyBeanMethods = false)
class ControllerThreads {

	@Bean
	static BeanPostProcessor controllersOnTheRequestThread() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate(method -> false);
				}
				return bean;
			}

		};
	}

}
