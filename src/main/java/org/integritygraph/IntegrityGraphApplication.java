package org.integritygraph;

import org.integritygraph.system.Commands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Integrity Graph (政务诚信图谱): government bodies, officials, posts, projects, contracts,
 * commitments and integrity records in Neo4j, served over GraphQL.
 * <p>
 * Without arguments (or with only {@code --options}) it runs the service; with a command name
 * first ({@code import --file data.jsonl}) it runs that command without a web server and exits
 * with its code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntegrityGraphApplication {

	public static void main(String[] args) {
		if (Commands.isCommand(args)) {
			System.exit(Commands.run(IntegrityGraphApplication.class, args));
		}
		SpringApplication.run(IntegrityGraphApplication.class, args);
	}

}
