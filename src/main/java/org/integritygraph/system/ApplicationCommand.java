package org.integritygraph.system;

import java.io.PrintStream;
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
 * <li>check whatever else can be checked without the database in {@link #check()} (files exist, values
 * make sense): nothing has started yet, so a mistake is reported at once;</li>
 * <li>do the work in {@link #run()}, taking the application's beans with {@link #bean(Class)} — the first
 * call starts the application (no web server, no sample data, quiet logs) — and return {@link #OK},
 * {@link #INVALID_INPUT} or {@link #FAILED};</li>
 * <li>add an instance to the list in {@code IntegrityGraphApplication#commands()}.</li>
 * </ol>
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

	/** An invalid argument, to throw from {@link #check()}. */
	protected ParameterException invalid(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

}
