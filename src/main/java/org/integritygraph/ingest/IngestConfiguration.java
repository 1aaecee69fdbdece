package org.integritygraph.ingest;

import org.integritygraph.audit.AuditTrail;
import org.integritygraph.graph.Database;
import org.neo4j.driver.Driver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	JsonlImporter jsonlImporter(Driver driver, Database database, AuditTrail trail) {
		return new JsonlImporter(driver, database, trail);
	}

}
