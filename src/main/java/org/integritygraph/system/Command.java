package org.integritygraph.system;

import java.io.PrintStream;
import java.util.List;

/**
 * A batch command that runs instead of the web service:
 * {@code java -jar integrity-graph.jar <name> [arguments]}. Implement it as a bean of the
 * command's feature; {@link Commands} starts the application without a web server and without
 * the sample data, runs the command named by the first argument and exits with the code it
 * returns.
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
