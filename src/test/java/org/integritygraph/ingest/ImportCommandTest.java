package org.integritygraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.integritygraph.IntegrityGraphApplication;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code import} command, run on the command line against the application's beans. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "integrity.sample.enabled=false")
class ImportCommandTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.registerProperties(registry);
	}

	@Autowired
	ConfigurableApplicationContext context;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.resetGraph();
	}

	@Test
	void import_validFile_printsTheSummaryAndExitsWithZero() {
		var code = run("import", "--no-progress", "--file", fixture("ingest/valid-city.jsonl"));

		assertThat(code).isEqualTo(ApplicationCommand.OK);
		assertThat(out()).isEqualTo(
				"Imported: 49 lines read; nodes: 18 created, 0 updated; relationships: 29 created, 0 updated\n");
		assertThat(err()).isEmpty();
		assertThat(TestNeo4j.snapshot().nodes()).isEqualTo(18);
	}

	@Test
	void import_printsPlainProgressLinesWhenNotOnATerminal() {
		var code = run("import", "--file", fixture("ingest/valid-city.jsonl"), "--batch-size", "10");

		assertThat(code).isZero();
		assertThat(out()).startsWith("Import: 0.0 of 0.0 MB (100%), ")
			.contains(" — 49 lines, ",
					"Imported: 49 lines read; nodes: 18 created, 0 updated; relationships: 29 created, 0 updated\nin ")
			.endsWith(" lines/s, the database already started)\n");
	}

	@Test
	void import_sameFileAgain_reportsNothingCreated() {
		run("import", "--no-progress", "--file", fixture("ingest/valid-city.jsonl"));
		this.out.reset();

		var code = run("import", "--no-progress", "--file=" + fixture("ingest/valid-city.jsonl"), "--batch-size", "10");

		assertThat(code).isEqualTo(ApplicationCommand.OK);
		assertThat(out()).isEqualTo(
				"Imported: 49 lines read; nodes: 0 created, 0 updated; relationships: 0 created, 0 updated\n");
	}

	@Test
	void import_invalidFile_printsEachErrorWithItsLineAndExitsWithOne() throws IOException {
		var file = this.dir.resolve("bad.jsonl");
		Files.writeString(file, """
				{"node":"Body","id":"bd-x","name":"某局","kind":"BUREAU"}
				{"node":"Person","id":"pe-x","name":"某人","birthDate":"1970-13-01"}
				""");

		var code = run("import", "--no-progress", "--file", file.toString());

		assertThat(code).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(out()).isEmpty();
		assertThat(err()).startsWith("line 1: bad enum value \"BUREAU\" for Body.kind (allowed: GOVERNMENT, ")
			.contains("\nline 2: bad date \"1970-13-01\" for Person.birthDate (expected yyyy-MM-dd)\n")
			.contains("Import rejected with 2 error(s); 2 lines read; nodes: 0 created, 0 updated; "
					+ "relationships: 0 created, 0 updated\n");
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	@Test
	void import_missingEndNode_printsTheLineAndExitsWithOne() {
		var code = run("import", "--no-progress", "--file", fixture("ingest/batches.jsonl"));

		assertThat(code).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("line 4: end node \"po-missing\" not found\n");
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	@Test
	void import_afterAFailedBatch_resumesFromTheCheckpointOnceTheFileIsCorrected() throws IOException {
		var file = this.dir.resolve("city.jsonl");
		Files.writeString(file, """
				{"node":"Body","id":"bd-x","name":"某市人民政府","kind":"GOVERNMENT"}
				{"node":"Post","id":"po-x","title":"市长","principal":true}
				{"rel":"IN","start":"po-x","end":"bd-x"}
				{"rel":"IN","start":"po-y","end":"bd-x"}
				""");

		var failed = run("import", "--no-progress", "--file", file.toString(), "--batch-size", "3");
		Files.writeString(file, Files.readString(file).replace("{\"rel\":\"IN\",\"start\":\"po-y\"",
				"{\"node\":\"Post\",\"id\":\"po-y\",\"title\":\"副市长\"}\n{\"rel\":\"IN\",\"start\":\"po-y\""));
		this.out.reset();
		var resumed = run("import", "--no-progress", "--file", file.toString(), "--batch-size", "3", "--resume");

		assertThat(failed).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).contains("line 4: start node \"po-y\" not found",
				"correct the file and run again with --resume");
		assertThat(resumed).isEqualTo(ApplicationCommand.OK);
		assertThat(out()).isEqualTo(
				"Imported: 5 lines read; nodes: 3 created, 0 updated; relationships: 2 created, 0 updated\n");
		assertThat(Checkpoint.defaultFile(file)).doesNotExist();
		assertThat(TestNeo4j.snapshot().relationships()).isEqualTo(2);
	}

	@Test
	void import_withoutFile_printsTheUsageAndExitsWithOne() {
		var code = run("import", "--batch-size", "5");

		assertThat(code).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Missing required option: '--file=FILE'\nUsage: integrity-graph import ");
	}

	@Test
	void import_badBatchSize_exitsWithOne() {
		var code = run("import", "--file", fixture("ingest/valid-city.jsonl"), "--batch-size", "0");

		assertThat(code).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("--batch-size must be a positive whole number, not 0\n");
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	@Test
	void import_unknownOption_exitsWithOne() {
		var code = run("import", "--file", fixture("ingest/valid-city.jsonl"), "--dry-run");

		assertThat(code).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Unknown option: '--dry-run'\n");
	}

	@Test
	void import_help_describesEveryOption() {
		var code = run("import", "--help");

		assertThat(code).isZero();
		assertThat(out()).startsWith("Usage: integrity-graph import ")
			.contains("--file=FILE", "--batch-size=N", "--resume", "--checkpoint=FILE", "--no-progress");
	}

	@Test
	void import_fileNotFound_isReportedBeforeAnyDatabaseStarts() {
		// An application that could not start at all: the command never gets that far.
		var commands = new Commands(IntegrityGraphApplication.class, "--NEO4J_URI=bolt://127.0.0.1:1",
				"--spring.main.sources=no.such.Configuration");
		var missing = this.dir.resolve("missing.jsonl");

		var code = commands.execute(IntegrityGraphApplication.commands(), print(this.out), print(this.err), "import",
				"--file", missing.toString());

		assertThat(code).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("File not found: " + missing.toAbsolutePath() + "\n").doesNotContain("Could not start");
	}

	private int run(String... args) {
		return Commands.on(this.context)
			.execute(List.of(new ImportCommand()), print(this.out), print(this.err), args);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

	private static String fixture(String resource) {
		try {
			return new ClassPathResource(resource).getFile().getAbsolutePath();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
