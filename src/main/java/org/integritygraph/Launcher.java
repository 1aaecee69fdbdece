package org.integritygraph;

/**
 * The entry point of the jar: says clearly when the Java runtime is too old, rather than failing with a
 * class version error, then starts {@link IntegrityGraphApplication}. Compiled for Java 17 (the oldest
 * runtime the jar's own loader starts on); the application needs 21.
 */
public final class Launcher {

	static final int REQUIRED = 21;

	private Launcher() {
	}

	public static void main(String[] args) throws Exception {
		var problem = problem(Runtime.version().feature(), System.getProperty("java.home"));
		if (problem != null) {
			System.err.println(problem);
			System.exit(1);
		}
		// Loaded only now: its class needs Java 21.
		Class.forName("org.integritygraph.IntegrityGraphApplication")
			.getMethod("main", String[].class)
			.invoke(null, (Object) args);
	}

	/** Why this runtime cannot run the application, or null when it can. */
	static String problem(int feature, String javaHome) {
		if (feature >= REQUIRED) {
			return null;
		}
		return ("Integrity Graph needs Java %d or newer; this is Java %d (%s). Install a JDK %d+ and run it with "
				+ "that java, e.g. JAVA_HOME=/path/to/jdk-21 $JAVA_HOME/bin/java -jar integrity-graph.jar")
			.formatted(REQUIRED, feature, javaHome, REQUIRED);
	}

}
