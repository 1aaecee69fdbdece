package org.integritygraph.graph;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that decides "today" (China Standard Time unless {@code integrity.time-zone} says otherwise) and
 * the database the application works on.
 */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${integrity.time-zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

	@Bean
	Database database(DataNeo4jProperties properties) {
		return Database.named(properties.getDatabase());
	}

}
