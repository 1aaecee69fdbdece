package org.integritygraph.interchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.integritygraph.IntegrityGraphApplication;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.system.Commands;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the command line as the jar runs it, on a test's application, and keeps what it prints; reads the
 * shared test graph.
 */
public final class CommandRunner {

	private final ConfigurableApplicationContext context;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	public CommandRunner(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Runs {@code name args…} and returns its exit code; the output of earlier runs is cleared. */
	public int run(String name, String... args) {
		this.out.reset();
		this.err.reset();
		var line = new String[args.length + 1];
		line[0] = name;
		System.arraycopy(args, 0, line, 1, args.length);
		return Commands.on(this.context)
			.execute(IntegrityGraphApplication.commands(), new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8), line);
	}

	public String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	public String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	/** The values of the first column of a query on the shared test graph. */
	public static List<Object> column(String cypher, Map<String, Object> parameters) {
		return TestNeo4j.driver()
			.executableQuery(cypher)
			.withParameters(parameters)
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.stream()
			.map(record -> record.get(0).asObject())
			.toList();
	}

	public static List<Object> column(String cypher) {
		return column(cypher, Map.of());
	}

}
