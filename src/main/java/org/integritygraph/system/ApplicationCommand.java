package org.integritygraph.system;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A sub-command of {@code java -jar integrity-graph.jar <command> [options]}. To add one:
 * <ol>
 * <li>write a public class in the command's feature package that extends this one, annotated with
 * picocli's {@code @Command(name = "…", description = "…")}, its options as {@code @Option} /
 * {@code @Parameters} fields (picocli converts and checks their types and prints {@code --help});</li>
 * <li>check whatever else can be checked without the database in {@link #check()} (files exist —
 * {@link #checkReadable(Path)}, {@link #checkWritable(Path)} —, values make sense, input files parse): nothing
 * has started yet, so a mistake is reported at once, with the usage ({@link #invalid(String)}) or without it
 * when the arguments are right but what they name is not ({@link #rejected(String)});</li>
 * <li>do the work in {@link #run()}, taking the application's beans with {@link #bean(Class)} — the first
 * call starts the application (no web server, no sample data, quiet logs) — and return {@link #OK},
 * {@link #INVALID_INPUT} or {@link #FAILED};</li>
 * <li>add an instance to the list in {@code IntegrityGraphApplication#commands()}.</li>
 * </ol>
 * A command with sub-commands ({@code documents import …}) lists them in its {@code @Command(subcommands = …)},
 * each an {@code ApplicationCommand} with a public no-argument constructor; its own {@link #check()} refuses
 * to run without one ({@link #missingSubcommand()}). Tests run a command line against their application with
 * {@code Commands.on(context).execute(IntegrityGraphApplication.commands(), out, err, args…)}.
 */
public abstract class ApplicationCommand implements Callable<Integer> {

	/** The command did what it was asked. */
	public static final int OK = 0;

	/** The arguments or the input were invalid; what is wrong has been printed. */
	public static final int INVALID_INPUT = 1;

	/** The command could not run (e.g. the database is unavailable). */
	public static final int FAILED = 2;

	@Spec
	private CommandSpec spec;

	private Commands commands;

	void attach(Commands commands) {
		this.commands = commands;
	}

	@Override
	public final Integer call() throws Exception {
		check();
		return run();
	}

	/**
	 * Checks the arguments and input beyond what picocli checks, before anything starts.
	 * @throws ParameterException from {@link #invalid(String)}: printed with the usage, exit code
	 * {@link #INVALID_INPUT}
	 */
	protected void check() {
	}

	/** Does the work; the arguments have been checked. */
	protected abstract int run() throws Exception;

	/** A bean of the application, which is started on the first call. */
	protected <T> T bean(Class<T> type) {
		return this.commands.context().getBean(type);
	}

	/**
	 * The application's configuration properties of this type ({@code @ConfigurationProperties}: application.yml,
	 * environment, arguments), for a command that needs no database: only the configuration is read.
	 */
	protected <T> T configuration(Class<T> propertiesType) {
		return this.commands.configuration(propertiesType);
	}

	/**
	 * Whether the application runs on its embedded database (no {@code NEO4J_URI}), read from the configuration
	 * without starting anything.
	 */
	protected boolean embeddedDatabase() {
		return EmbeddedNeo4jCondition.embedded(this.commands.property("NEO4J_URI"));
	}

	/** A property of the configuration (e.g. the database name), read without starting anything; null if unset. */
	protected String property(String name) {
		return this.commands.property(name);
	}

	/** The application, which is started on the first call. */
	protected org.springframework.context.ApplicationContext applicationContext() {
		return this.commands.context();
	}

	/**
	 * Starts another instance of the application, as commands start it (no web server, no sample data), with
	 * more arguments (e.g. {@code --integrity.embedded.data-directory=...}); the caller closes it.
	 */
	protected org.springframework.context.ConfigurableApplicationContext startApplication(String... arguments) {
		return this.commands.startAnother(arguments);
	}

	/** Whether the application (and its database) is started yet. */
	protected boolean started() {
		return this.commands.isStarted();
	}

	/** The arguments the application is started with (e.g. {@code --NEO4J_URI=...} in tests). */
	protected String[] applicationArguments() {
		return this.commands.applicationArguments();
	}

	/** Where results go (standard output from the command line). */
	/** The command's name as typed (e.g. {@code import-ocds}, {@code import} under {@code documents}). */
	protected String name() {
		return this.spec.qualifiedName(" ").replaceFirst("^\\S+ ", "");
	}

	protected PrintStream out() {
		return this.commands.out();
	}

	/** Where errors go (standard error from the command line). */
	protected PrintStream err() {
		return this.commands.err();
	}

	/** Whether {@link #out()} is an interactive terminal (for a progress bar). */
	protected boolean interactive() {
		return this.commands.out() == System.out && Progress.isTerminal();
	}

	/** An invalid argument, to throw from {@link #check()}: printed with the usage, exit code {@link #INVALID_INPUT}. */
	protected ParameterException invalid(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

	/**
	 * Input that the arguments name correctly but that cannot be used (a mapping file with a mistake, …), to
	 * throw from {@link #check()} or {@link #run()}: printed without the usage, exit code {@link #INVALID_INPUT}.
	 */
	protected static InputRejectedException rejected(String message) {
		return new InputRejectedException(message);
	}

	/** For {@link #check()} of a command that only groups sub-commands. */
	protected ParameterException missingSubcommand() {
		return invalid("Missing a sub-command: " + String.join(", ", this.spec.subcommands().keySet()));
	}

	/** Checks that a file to read exists and can be read. */
	protected void checkReadable(Path file) {
		if (!Files.isRegularFile(file)) {
			throw invalid("File not found: " + file.toAbsolutePath());
		}
		if (!Files.isReadable(file)) {
			throw invalid("File not readable: " + file.toAbsolutePath());
		}
	}

	/** Checks that a file can be written: its folder exists (the file itself is created or replaced). */
	protected void checkWritable(Path file) {
		var folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw invalid("No such folder: " + folder);
		}
		if (Files.isDirectory(file)) {
			throw invalid("A folder, not a file: " + file.toAbsolutePath());
		}
	}

	/** What {@link #rejected(String)} throws. */
	public static final class InputRejectedException extends RuntimeException {

		InputRejectedException(String message) {
			super(message, null, false, false);
		}

	}

}
