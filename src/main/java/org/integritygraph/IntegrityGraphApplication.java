package org.integritygraph;

import java.util.List;

import org.integritygraph.benchmark.BenchmarkCommand;
import org.integritygraph.benchmark.GenerateCommand;
import org.integritygraph.ingest.ImportCommand;
import org.integritygraph.report.ReportsCommand;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;
import org.integritygraph.system.LegacyCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Integrity Graph (政务诚信图谱): government bodies, officials, posts, projects, contracts,
 * commitments and integrity records in Neo4j, served over GraphQL.
 * <p>
 * Without arguments (or with only {@code --options}) it runs the service; with a command name
 * first ({@code import --file data.jsonl}, {@code --help}) it runs that command — the application is
 * started without a web server only once the command's arguments are checked — and exits with its code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntegrityGraphApplication {

	public static void main(String[] args) {
		if (Commands.isCommand(args)) {
			System.exit(new Commands(IntegrityGraphApplication.class).execute(commands(), args));
		}
		SpringApplication.run(IntegrityGraphApplication.class, args);
	}

	/** The batch commands, one new instance each; add a new {@link ApplicationCommand} here. */
	public static List<ApplicationCommand> commands() {
		return List.of(new ImportCommand(), new ReportsCommand(), new GenerateCommand(), new BenchmarkCommand(),
				// Commands of the first form (system.Command beans), until they are ported:
				new LegacyCommand("documents",
						"import FILE... [--issuer BODY_ID] [--aliases FILE] [--create-provisional] [--dry-run]"),
				new LegacyCommand("import-csv", "--mapping <mapping.yaml> <file.csv>"),
				new LegacyCommand("import-ocds", "<file.json|file.jsonl>"),
				new LegacyCommand("import-ftm", "<entities.ftm.jsonl>"),
				new LegacyCommand("export-ftm", "--out <entities.ftm.jsonl> [--public]"),
				new LegacyCommand("token", "--role investigator|editor|admin [--subject NAME] [--bodies ID,ID] [--valid-for 8h]"));
	}

}
