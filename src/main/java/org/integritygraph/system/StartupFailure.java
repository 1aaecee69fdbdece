package org.integritygraph.system;

import java.io.PrintStream;
import java.util.Optional;

import org.neo4j.io.locker.FileLockException;

/** Explains why a command could not start the application. */
final class StartupFailure {

	private StartupFailure() {
	}

	/** Prints a clear message for a locked embedded store and the whole failure otherwise. */
	static void report(Throwable failure, String[] args, PrintStream err) {
		var boltPort = System.getenv().getOrDefault("INTEGRITY_BOLT_PORT", "7687");
		var dataDirectory = System.getenv().getOrDefault("INTEGRITY_DATA_DIR", "data");
		storeLock(failure).ifPresentOrElse(lock -> err.println(lockedStore(lock, boltPort, dataDirectory, args)), () -> {
			err.println("Could not start: " + failure.getMessage());
			failure.printStackTrace(err);
		});
	}

	static Optional<FileLockException> storeLock(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileLockException lock) {
				return Optional.of(lock);
			}
		}
		return Optional.empty();
	}

	/**
	 * @param boltPort the Bolt port of the service (the command itself runs Bolt on a free port)
	 * @param dataDirectory the service's data directory, which holds its Bolt password
	 */
	static String lockedStore(FileLockException lock, String boltPort, String dataDirectory, String[] args) {
		return """
				The embedded database is in use by another process, probably the running Integrity Graph service:
				  %s
				Stop the service and run the command again, or run it against the running service over Bolt:
				  NEO4J_URI=bolt://localhost:%s NEO4J_PASSWORD="$(cat %s/bolt-password)" java -jar integrity-graph.jar %s"""
			.formatted(lock.getMessage(), boltPort, dataDirectory, String.join(" ", args));
	}

}
