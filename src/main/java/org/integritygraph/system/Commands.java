package org.integritygraph.system;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/** Runs a {@link Command} from the program arguments, e.g. {@code import --file data.jsonl}. */
public final class Commands {

	private Commands() {
	}

	/** Whether the arguments name a command rather than start the service (options start with "-"). */
	public static boolean isCommand(String... args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/**
	 * Starts the application without a web server, runs the command named by {@code args[0]} and
	 * closes the application again.
	 *
	 * @return the exit code for {@code System.exit}
	 */
	public static int run(Class<?> application, String... args) {
		ApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.listeners(new CommandEnvironment())
				.run(args);
		}
		catch (RuntimeException ex) {
			StartupFailure.report(ex, args, System.err);
			return Command.FAILED;
		}
		var arguments = Arrays.asList(args).subList(1, args.length);
		var code = runSafely(context, args[0], arguments, System.out, System.err);
		return SpringApplication.exit(context, () -> code);
	}

	/** Runs the command; when it crashes, reports that and returns {@link Command#FAILED}. */
	static int runSafely(ApplicationContext context, String name, List<String> args, PrintStream out,
			PrintStream err) {
		try {
			return run(context, name, args, out, err);
		}
		catch (RuntimeException ex) {
			err.println("Command " + name + " failed: " + ex.getMessage());
			ex.printStackTrace(err);
			return Command.FAILED;
		}
	}

	/** Runs the command bean called {@code name} of a started application. */
	static int run(ApplicationContext context, String name, List<String> args, PrintStream out, PrintStream err) {
		var commands = context.getBeansOfType(Command.class).values();
		var command = commands.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
		if (command.isEmpty()) {
			err.println("Unknown command \"" + name + "\". Commands:");
			commands.stream()
				.sorted(Comparator.comparing(Command::name))
				.forEach(candidate -> err.println("  " + candidate.name() + " " + candidate.usage()));
			return Command.INVALID_INPUT;
		}
		return command.get().run(args, out, err);
	}

	/**
	 * What a command changes in the configuration: no sample data (an import would otherwise go
	 * into a sample-filled graph), Bolt on a free port (the service may hold the usual one) and
	 * quiet logs, so that the output is the command's own; a failed start-up is reported by
	 * {@link StartupFailure} instead. Its properties win over application.yml; it runs after the
	 * config files are read and before logging starts.
	 */
	static final class CommandEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		static final Map<String, Object> PROPERTIES = Map.of("integrity.sample.enabled", "false",
				"integrity.embedded.bolt-port", "0", "logging.level.root", "warn", "logging.level.org.neo4j", "error",
				"logging.level.org.apache.lucene", "error", "logging.level.org.springframework.boot.SpringApplication",
				"off", "logging.level.org.springframework.context", "error");

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("command", PROPERTIES));
		}

		@Override
		public int getOrder() {
			// After EnvironmentPostProcessorApplicationListener (+10), before LoggingApplicationListener (+20).
			return Ordered.HIGHEST_PRECEDENCE + 15;
		}

	}

}
