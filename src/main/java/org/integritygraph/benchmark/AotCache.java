package org.integritygraph.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quicker start of README's "Start-up": the jar extracted ({@code java -Djarmode=tools -jar … extract}) and
 * a JDK cache of the classes a start loads, from one training start on a throw-away database that stops once
 * the application context is refreshed ({@code -Dspring.context.exit=onRefresh}): an AOT cache on Java 25 and
 * later ({@code -XX:AOTCacheOutput}, then {@code -XX:AOTCache}), a CDS archive on Java 21–24
 * ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}).
 */
final class AotCache {

	private AotCache() {
	}

	/**
	 * Extracts {@code jar} into {@code directory}, trains the cache there (with the service's heap option: a cache
	 * is for one JVM configuration) and answers how to start from them.
	 */
	static List<String> prepare(Path jar, Path directory, String heap, PrintStream out)
			throws IOException, InterruptedException {
		var java = ProcessHandle.current().info().command().orElse("java");
		directory = directory.toAbsolutePath();
		delete(directory);
		Files.createDirectories(directory);
		// beside the folder: the extraction wants an empty one
		var log = directory.resolveSibling(directory.getFileName() + "-prepare.log");
		Files.deleteIfExists(log);
		run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", directory.toString()),
				log, true);
		var extracted = directory.resolve(jar.getFileName());
		boolean aot = Runtime.version().feature() >= 25;
		var cache = directory.resolve(aot ? "app.aot" : "app.jsa");
		var training = directory.resolve("training-data");
		out.printf("Training the %s on a throw-away database (%s) ...%n", aot ? "AOT cache" : "CDS archive", training);
		var command = new ArrayList<>(List.of(java, heap, (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + cache,
				"-Dspring.context.exit=onRefresh", "-jar", extracted.toString(), "--server.port=0",
				"--integrity.embedded.bolt-port=0", "--integrity.embedded.data-directory=" + training));
		// the training start ends itself once the context is refreshed; what counts is the cache it leaves
		run(command, log, false);
		delete(training);
		if (!Files.isRegularFile(cache)) {
			throw new IllegalStateException("The training run left no " + cache + "; see " + log);
		}
		return List.of((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache, "-jar", extracted.toString());
	}

	private static void run(List<String> command, Path log, boolean mustSucceed)
			throws IOException, InterruptedException {
		var process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (process.waitFor() != 0 && mustSucceed) {
			throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
		}
	}

	private static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (var paths = Files.walk(directory)) {
				for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}
