package org.integritygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Integrity Graph (政务诚信图谱): government bodies, officials, posts, projects, contracts,
 * commitments and integrity records in Neo4j, served over GraphQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntegrityGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntegrityGraphApplication.class, args);
	}

}
