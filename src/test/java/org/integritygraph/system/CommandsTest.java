package org.integritygraph.system;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.io.locker.FileLockException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void isCommand_whenTheFirstArgumentIsNotAnOptionOrAsksForHelp() {
		assertThat(Commands.isCommand("import", "--file", "x.jsonl")).isTrue();
		assertThat(Commands.isCommand("--help")).isTrue();
		assertThat(Commands.isCommand("--server.port=8081")).isFalse();
		assertThat(Commands.isCommand()).isFalse();
	}

	@Test
	void execute_runsTheNamedCommandWithItsOptionsAndTheApplicationsBeans() {
		var echo = new Echo();
		var context = context();

		var code = Commands.on(context).execute(List.of(echo), print(this.out), print(this.err), "echo", "--times", "2",
				"a", "b");

		assertThat(code).isEqualTo(ApplicationCommand.OK);
		assertThat(out()).isEqualTo("hello a b\nhello a b\n");
		assertThat(context.isActive()).as("a context it did not start stays open").isTrue();
	}

	@Test
	void execute_checksTheArgumentsBeforeStartingTheApplication() {
		var echo = new Echo();
		var started = new ArrayList<String>();
		var commands = Commands.on(context(() -> started.add("started")));

		var code = commands.execute(List.of(echo), print(this.out), print(this.err), "echo", "--times", "0", "a");

		assertThat(code).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("--times must be at least 1\nUsage: integrity-graph echo ");
		assertThat(started).isEmpty();
	}

	@Test
	void execute_unknownCommand_listsTheCommandsAndFailsAsInvalidInput() {
		var code = Commands.on(context()).execute(List.of(new Echo()), print(this.out), print(this.err), "reports");

		assertThat(code).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Unmatched argument at index 0: 'reports'").contains("Commands:", "  echo ");
	}

	@Test
	void execute_help_listsEveryCommand() {
		var code = Commands.on(context()).execute(List.of(new Echo()), print(this.out), print(this.err), "--help");

		assertThat(code).isEqualTo(ApplicationCommand.OK);
		assertThat(out()).startsWith("Usage: integrity-graph [-hV] COMMAND").contains("  help ", "  echo  Says hello.");
	}

	@Test
	void execute_reportsACrashingCommandAsFailed() {
		var code = Commands.on(context()).execute(List.of(new Crash()), print(this.out), print(this.err), "crash");

		assertThat(code).isEqualTo(ApplicationCommand.FAILED);
		assertThat(err().lines().findFirst()).hasValue("crash failed: database unavailable");
	}

	@Test
	void startupFailure_explainsALockedStoreAndHowToReachTheRunningService() {
		var lock = new FileLockException("Lock file has been locked by another process: data/databases/store_lock", null);
		var failure = new IllegalStateException("Error creating bean", new RuntimeException("start", lock));

		var message = StartupFailure.lockedStore(StartupFailure.storeLock(failure).orElseThrow(), "7687", "data",
				new String[] { "import", "--file", "x.jsonl" });

		assertThat(message.lines()).containsExactly(
				"The embedded database is in use by another process, probably the running Integrity Graph service:",
				"  Lock file has been locked by another process: data/databases/store_lock",
				"Stop the service and run the command again, or run it against the running service over Bolt:",
				"  NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=\"$(cat data/bolt-password)\" java -jar integrity-graph.jar import --file x.jsonl");
	}

	@Test
	void startupFailure_printsAnyOtherFailureWithItsStackTrace() {
		var failure = new IllegalStateException("Port 8080 is in use");

		StartupFailure.report(failure, new String[] { "import" }, print(this.err));

		assertThat(err().lines().limit(2)).containsExactly("Could not start: Port 8080 is in use",
				"java.lang.IllegalStateException: Port 8080 is in use");
	}

	private static GenericApplicationContext context() {
		return context(() -> {
		});
	}

	/** An application whose only bean is a greeting; {@code onStart} runs when it is first asked for a bean. */
	private static GenericApplicationContext context(Runnable onStart) {
		var context = new GenericApplicationContext() {

			@Override
			public <T> T getBean(Class<T> requiredType) {
				onStart.run();
				return super.getBean(requiredType);
			}

		};
		context.registerBean(String.class, () -> "hello");
		context.refresh();
		return context;
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

	@Command(name = "echo", description = "Says hello.")
	static class Echo extends ApplicationCommand {

		@Option(names = "--times", defaultValue = "1")
		int times;

		@Parameters
		List<String> words;

		@Override
		protected void check() {
			if (this.times < 1) {
				throw invalid("--times must be at least 1");
			}
		}

		@Override
		protected int run() {
			for (int i = 0; i < this.times; i++) {
				out().println(bean(String.class) + " " + String.join(" ", this.words));
			}
			return OK;
		}

	}

	@Command(name = "crash")
	static class Crash extends ApplicationCommand {

		@Override
		protected int run() {
			throw new IllegalStateException("database unavailable");
		}

	}

}
