package org.integritygraph.system;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.io.locker.FileLockException;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void isCommand_whenTheFirstArgumentIsNotAnOption() {
		assertThat(Commands.isCommand("import", "--file", "x.jsonl")).isTrue();
		assertThat(Commands.isCommand("--server.port=8081")).isFalse();
		assertThat(Commands.isCommand()).isFalse();
	}

	@Test
	void run_dispatchesToTheCommandBeanOfThatNameWithTheRemainingArguments() {
		var echo = new Echo("echo");
		var context = contextWith(echo, new Echo("other"));

		var code = Commands.run(context, "echo", List.of("a", "b"), print(this.out), print(this.err));

		assertThat(code).isEqualTo(Command.OK);
		assertThat(echo.received).containsExactly(List.of("a", "b"));
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo("echo a b" + System.lineSeparator());
	}

	@Test
	void run_unknownCommand_listsTheCommandsAndFailsAsInvalidInput() {
		var context = contextWith(new Echo("echo"), new Echo("another"));

		var code = Commands.run(context, "reports", List.of(), print(this.out), print(this.err));

		assertThat(code).isEqualTo(Command.INVALID_INPUT);
		assertThat(this.err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				"Unknown command \"reports\". Commands:", "  another <words>", "  echo <words>");
	}

	@Test
	void runSafely_reportsACrashingCommandAsFailed() {
		var context = contextWith(new Crash());

		var code = Commands.runSafely(context, "crash", List.of(), print(this.out), print(this.err));

		assertThat(code).isEqualTo(Command.FAILED);
		assertThat(this.err.toString(StandardCharsets.UTF_8).lines().findFirst())
			.hasValue("Command crash failed: database unavailable");
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

		assertThat(this.err.toString(StandardCharsets.UTF_8).lines().limit(2)).containsExactly(
				"Could not start: Port 8080 is in use", "java.lang.IllegalStateException: Port 8080 is in use");
	}

	private static GenericApplicationContext contextWith(Command... commands) {
		var context = new GenericApplicationContext();
		for (var command : commands) {
			context.registerBean(command.name(), Command.class, () -> command);
		}
		context.refresh();
		return context;
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private static final class Crash extends Echo {

		Crash() {
			super("crash");
		}

		@Override
		public int run(List<String> args, PrintStream out, PrintStream err) {
			throw new IllegalStateException("database unavailable");
		}

	}

	/** Prints its name and arguments. */
	private static class Echo implements Command {

		private final String name;

		private final List<List<String>> received = new ArrayList<>();

		Echo(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public String usage() {
			return "<words>";
		}

		@Override
		public int run(List<String> args, PrintStream out, PrintStream err) {
			this.received.add(args);
			out.println(this.name + " " + String.join(" ", args));
			return OK;
		}

	}

}
