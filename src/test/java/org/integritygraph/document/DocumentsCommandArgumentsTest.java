package org.integritygraph.document;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.integritygraph.IntegrityGraphApplication;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The arguments of {@code documents import}, checked before anything starts. */
class DocumentsCommandArgumentsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void filesAndOptions_inAnyOrder_withOrWithoutEquals() {
		var command = new DocumentsCommand.Import();
		new CommandLine(command).parseArgs("a.txt", "--issuer=bd-zw", "b.md", "--aliases", "mine.tsv",
				"--create-provisional", "--dry-run");

		assertThat(command.files).containsExactly(Path.of("a.txt"), Path.of("b.md"));
		assertThat(command.issuerId).isEqualTo("bd-zw");
		assertThat(command.aliases).isEqualTo(Path.of("mine.tsv"));
		assertThat(command.createProvisional).isTrue();
		assertThat(command.dryRun).isTrue();
	}

	@Test
	void mistakes_sayWhatIsWrong_beforeTheApplicationStarts() {
		var existing = "src/test/resources/document/seed-000-zhongwei.txt";
		assertThat(run("documents")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Missing a sub-command: import\nUsage: integrity-graph documents ");
		assertThat(run("documents", "export", "a")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Unmatched arguments from index 1: 'export', 'a'");
		assertThat(run("documents", "import")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Missing required parameter: 'FILE'");
		assertThat(run("documents", "import", existing, "--issuer")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Missing required parameter for option '--issuer' (BODY_ID)");
		assertThat(run("documents", "import", existing, "--force")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Unknown option: '--force'");
		assertThat(run("documents", "import", "no-such.txt")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("File not found: ").contains("no-such.txt");
		assertThat(run("documents", "import", existing, "--aliases", "no-such.tsv"))
			.isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("File not found: ").contains("no-such.tsv");
		assertThat(run("documents", "import", "--help")).isEqualTo(ApplicationCommand.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Usage: integrity-graph documents import ")
			.contains("--create-provisional", "--dry-run");
	}

	/** The jar's command line: nothing may start, since every case is refused (or only asks for help). */
	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return new Commands(NotStarted.class).execute(IntegrityGraphApplication.commands(),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), args);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	/** Would fail the test if the command line tried to start the application. */
	static final class NotStarted {

		NotStarted() {
			throw new AssertionError("the application was started");
		}

	}

}
