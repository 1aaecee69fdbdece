package org.integritygraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.integritygraph.support.TestNeo4j;
import org.integritygraph.system.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code import} command bean of the application, started the way commands start it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "integrity.sample.enabled=false")
class ImportCommandTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.registerProperties(registry);
	}

	@Autowired
	List<Command> commands;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.resetGraph();
	}

	@Test
	void importCommand_isABeanNamedImport() {
		assertThat(this.commands).extracting(Command::name).contains("import");
	}

	@Test
	void import_validFile_printsTheSummaryAndExitsWithZero() {
		var code = run("--file", fixture("ingest/valid-city.jsonl"));

		assertThat(code).isEqualTo(0);
		assertThat(out()).isEqualTo(
				"Imported: 49 lines read; nodes: 18 created, 0 updated; relationships: 29 created, 0 updated\n");
		assertThat(err()).isEmpty();
		assertThat(TestNeo4j.snapshot().nodes()).isEqualTo(18);
	}

	@Test
	void import_sameFileAgain_reportsNothingCreated() {
		run("--file", fixture("ingest/valid-city.jsonl"));
		this.out.reset();

		var code = run("--file=" + fixture("ingest/valid-city.jsonl"), "--batch-size", "10");

		assertThat(code).isEqualTo(0);
		assertThat(out()).isEqualTo(
				"Imported: 49 lines read; nodes: 0 created, 0 updated; relationships: 0 created, 0 updated\n");
	}

	@Test
	void import_invalidFile_printsEachErrorWithItsLineAndExitsWithOne(@TempDir Path dir) throws IOException {
		var file = dir.resolve("bad.jsonl");
		Files.writeString(file, """
				{"node":"Body","id":"bd-x","name":"某局","kind":"BUREAU"}
				{"node":"Person","id":"pe-x","name":"某人","birthDate":"1970-13-01"}
				""");

		var code = run("--file", file.toString());

		assertThat(code).isEqualTo(1);
		assertThat(out()).isEmpty();
		assertThat(err()).startsWith("line 1: bad enum value \"BUREAU\" for Body.kind (allowed: GOVERNMENT, ")
			.contains("\nline 2: bad date \"1970-13-01\" for Person.birthDate (expected yyyy-MM-dd)\n")
			.endsWith("Import rejected with 2 error(s); 2 lines read; nodes: 0 created, 0 updated; "
					+ "relationships: 0 created, 0 updated\n");
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	@Test
	void import_missingEndNode_printsTheLineAndExitsWithOne() {
		var code = run("--file", fixture("ingest/batches.jsonl"));

		assertThat(code).isEqualTo(1);
		assertThat(err()).startsWith("line 4: end node \"po-missing\" not found\n");
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	@Test
	void import_withoutFile_printsTheUsageAndExitsWithOne() {
		var code = run("--batch-size", "5");

		assertThat(code).isEqualTo(1);
		assertThat(err()).isEqualTo("Missing --file\nUsage: import --file <file.jsonl> [--batch-size N]\n");
	}

	@Test
	void import_badBatchSize_exitsWithOne() {
		var code = run("--file", fixture("ingest/valid-city.jsonl"), "--batch-size", "0");

		assertThat(code).isEqualTo(1);
		assertThat(err()).startsWith("--batch-size must be a positive whole number, not 0\n");
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	@Test
	void import_unknownOption_exitsWithOne() {
		var code = run("--file", fixture("ingest/valid-city.jsonl"), "--dry-run");

		assertThat(code).isEqualTo(1);
		assertThat(err()).startsWith("Unknown option --dry-run\n");
	}

	@Test
	void import_fileNotFound_exitsWithOne(@TempDir Path dir) {
		var code = run("--file", dir.resolve("missing.jsonl").toString());

		assertThat(code).isEqualTo(1);
		assertThat(err()).isEqualTo("File not found: " + dir.resolve("missing.jsonl").toAbsolutePath() + "\n");
	}

	private int run(String... args) {
		var command = this.commands.stream().filter(c -> c.name().equals("import")).findFirst().orElseThrow();
		return command.run(List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
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
