package org.integritygraph.system;

import java.io.PrintStream;
import java.util.List;

/**
 * The first form of a batch command: a bean that parses its own arguments, after the application has
 * started. New commands extend {@link ApplicationCommand} instead (picocli options, {@code --help}, arguments
 * checked before anything starts); a bean of this interface is reached from the command line through a
 * {@link LegacyCommand} listed with the others until it is ported.
 */
public interface Command {

	/** The command did what it was asked. */
	int OK = 0;

	/** The arguments or the input were invalid; what is wrong has been printed. */
	int INVALID_INPUT = 1;

	/** The command could not run (e.g. the database is unavailable). */
	int FAILED = 2;

	/** The first program argument that selects this command, e.g. {@code import}. */
	String name();

	/** The arguments it takes, for the usage text, e.g. {@code --file <file> [--batch-size N]}. */
	String usage();

	/**
	 * Runs the command.
	 *
	 * @param args the program arguments after the command's name
	 * @param out where results go (standard output when run from the command line)
	 * @param err where errors go (standard error when run from the command line)
	 * @return the process exit code: {@link #OK}, {@link #INVALID_INPUT} or {@link #FAILED}
	 */
	int run(List<String> args, PrintStream out, PrintStream err);

}
