package org.integritygraph.system;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded database, when no external one is configured, before the application context reads
 * its bean definitions: seconds of work that need no database run while it starts. The service's
 * {@code main} adds it; commands do not (some must run before any database starts). Without it the
 * database starts with the first bean that needs it ({@link EmbeddedNeo4jConfiguration}).
 */
public final class EmbeddedNeo4jEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		if (!EmbeddedNeo4jCondition.embedded(environment.getProperty("NEO4J_URI"))) {
			return;
		}
		var properties = Binder.get(environment).bindOrCreate("integrity.embedded", EmbeddedNeo4jProperties.class);
		var embedded = EmbeddedNeo4j.start(properties);
		var beans = (DefaultListableBeanFactory) context.getBeanFactory();
		beans.registerSingleton("embeddedNeo4j", embedded);
		beans.registerDisposableBean("embeddedNeo4j", embedded::close);
	}

}
