package org.integritygraph;

import java.util.List;

import org.integritygraph.benchmark.BenchmarkCommand;
import org.integritygraph.benchmark.GenerateCommand;
import org.integritygraph.document.DocumentsCommand;
import org.integritygraph.ingest.ImportCommand;
import org.integritygraph.interchange.csv.CsvImportCommand;
import org.integritygraph.interchange.ftm.FtmExportCommand;
import org.integritygraph.interchange.ftm.FtmImportCommand;
import org.integritygraph.interchange.ocds.OcdsImportCommand;
import org.integritygraph.monitoring.MonitorBenchmarkCommand;
import org.integritygraph.monitoring.MonitorCommand;
import org.integritygraph.report.ReportsCommand;
import org.integritygraph.security.TokenCommand;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;
import org.integritygraph.system.EmbeddedNeo4jEarlyStart;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
		service().run(args);
	}

	/**
	 * The service: the application, whose embedded database (when no {@code NEO4J_URI} is set) starts while
	 * the application context reads its configuration.
	 */
	public static SpringApplicationBuilder service() {
		return new SpringApplicationBuilder(IntegrityGraphApplication.class).initializers(new EmbeddedNeo4jEarlyStart());
	}

	/** The batch commands, one new instance each; add a new {@link ApplicationCommand} here. */
	public static List<ApplicationCommand> commands() {
		return List.of(new ImportCommand(), new ReportsCommand(), new GenerateCommand(), new BenchmarkCommand(),
				new DocumentsCommand(), new OcdsImportCommand(), new CsvImportCommand(), new FtmImportCommand(),
				new FtmExportCommand(), new TokenCommand(), new MonitorCommand(), new MonitorBenchmarkCommand());
	}

}
