package org.integritygraph.ingest;

import org.neo4j.driver.Driver;

import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	JsonlImporter jsonlImporter(Driver driver, DataNeo4jProperties dataNeo4jProperties) {
		return new JsonlImporter(driver, dataNeo4jProperties.getDatabase());
	}

}
