package org.integritygraph.system;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.MapPropertySource;

/**
 * The command line, {@code java -jar integrity-graph.jar <command> [options]} (picocli): parses and checks
 * the arguments of the {@link ApplicationCommand} they name, and starts the application — without a web
 * server — only when the command asks for a bean, so that a mistake in the arguments is reported at once.
 * {@code --help} works on the whole program and on every command.
 */
public final class Commands {

	private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

	private final Supplier<ConfigurableApplicationContext> starter;

	private final Class<?> application;

	private final String[] applicationArguments;

	private final boolean owned;

	private ConfigurableApplicationContext context;

	private ConfigurableApplicationContext configurationOnly;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private String[] args = {};

	/**
	 * @param application the Spring Boot application class
	 * @param applicationArguments arguments for the application when a command starts it (e.g.
	 * {@code --NEO4J_URI=bolt://...}); not parsed as the command's
	 */
	public Commands(Class<?> application, String... applicationArguments) {
		this.applicationArguments = applicationArguments.clone();
		this.owned = true;
		this.application = application;
		this.starter = () -> start(application, this.applicationArguments);
	}

	private static ConfigurableApplicationContext start(Class<?> application, String... arguments) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.listeners(new CommandEnvironment())
			.run(arguments);
	}

	ConfigurableApplicationContext startAnother(String... arguments) {
		if (this.application == null) {
			throw new IllegalStateException("No application class to start");
		}
		var all = new String[this.applicationArguments.length + arguments.length];
		System.arraycopy(this.applicationArguments, 0, all, 0, this.applicationArguments.length);
		System.arraycopy(arguments, 0, all, this.applicationArguments.length, arguments.length);
		return start(this.application, all);
	}

	private Commands(ConfigurableApplicationContext context) {
		this.applicationArguments = new String[0];
		this.owned = false;
		this.application = null;
		this.starter = () -> context;
	}

	/** Commands that take their beans from an application already started (tests); it is not closed. */
	public static Commands on(ConfigurableApplicationContext context) {
		return new Commands(context);
	}

	/** Whether the arguments name a command (or ask for help) rather than start the service. */
	public static boolean isCommand(String... args) {
		return args.length > 0 && (!args[0].startsWith("-") || HELP.contains(args[0]));
	}

	/** Runs the command line from {@code main} and returns the exit code. */
	public int execute(List<? extends ApplicationCommand> commands, String... args) {
		return execute(commands, System.out, System.err, args);
	}

	/**
	 * Parses the arguments, runs the command they name and closes the application if it was started.
	 * @return the exit code: {@link ApplicationCommand#OK}, {@link ApplicationCommand#INVALID_INPUT} or
	 * {@link ApplicationCommand#FAILED}
	 */
	public int execute(List<? extends ApplicationCommand> commands, PrintStream out, PrintStream err,
			String... args) {
		this.out = out;
		this.err = err;
		this.args = args.clone();
		var line = new CommandLine(new Program());
		line.addSubcommand(new HelpCommand());
		for (var command : commands) {
			line.addSubcommand(command);
		}
		attach(line);
		line.setOut(new PrintWriter(out, true, charset(out)))
			.setErr(new PrintWriter(err, true, charset(err)))
			.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
				if (ex instanceof ApplicationCommand.InputRejectedException) {
					err.println(ex.getMessage());
					return ApplicationCommand.INVALID_INPUT;
				}
				if (!(ex instanceof NotStarted)) {
					err.println(commandLine.getCommandName() + " failed: " + ex.getMessage());
					ex.printStackTrace(err);
				}
				return ApplicationCommand.FAILED;
			});
		invalidInputExitCode(line);
		try {
			return line.execute(args);
		}
		finally {
			close();
		}
	}

	/** Gives every command, sub-commands included, this command line's application and output. */
	private void attach(CommandLine line) {
		if (line.getCommand() instanceof ApplicationCommand command) {
			command.attach(this);
		}
		line.getSubcommands().values().forEach(this::attach);
	}

	private static void invalidInputExitCode(CommandLine line) {
		line.getCommandSpec().exitCodeOnInvalidInput(ApplicationCommand.INVALID_INPUT);
		line.getCommandSpec().exitCodeOnExecutionException(ApplicationCommand.FAILED);
		line.getSubcommands().values().forEach(Commands::invalidInputExitCode);
	}

	synchronized ConfigurableApplicationContext context() {
		if (this.context == null) {
			try {
				this.context = this.starter.get();
			}
			catch (RuntimeException ex) {
				StartupFailure.report(ex, this.args, this.err);
				throw new NotStarted(ex);
			}
		}
		return this.context;
	}

	/**
	 * Configuration properties bound from the application's configuration. A command line of a started
	 * application (tests) takes the application's bean; otherwise an application without any bean of its
	 * own is started once — configuration files, environment, arguments — in a fraction of a second.
	 */
	synchronized <T> T configuration(Class<T> propertiesType) {
		if (!this.owned || this.context != null) {
			return context().getBean(propertiesType);
		}
		var annotation = AnnotationUtils.findAnnotation(propertiesType, ConfigurationProperties.class);
		if (annotation == null) {
			throw new IllegalArgumentException(propertiesType + " is not a @ConfigurationProperties type");
		}
		if (this.configurationOnly == null) {
			this.configurationOnly = new SpringApplicationBuilder(ConfigurationOnly.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.listeners(new CommandEnvironment())
				.run(this.applicationArguments);
		}
		return Binder.get(this.configurationOnly.getEnvironment())
			.bindOrCreate(annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix(), propertiesType);
	}

	/** A property of the application's configuration (environment, arguments, application.yml), or null. */
	synchronized String property(String name) {
		if (!this.owned || this.context != null) {
			return context().getEnvironment().getProperty(name);
		}
		configuration(EmbeddedNeo4jProperties.class);
		return this.configurationOnly.getEnvironment().getProperty(name);
	}

	synchronized boolean isStarted() {
		return this.context != null;
	}

	String[] applicationArguments() {
		return this.applicationArguments.clone();
	}

	PrintStream out() {
		return this.out;
	}

	PrintStream err() {
		return this.err;
	}

	private synchronized void close() {
		if (this.configurationOnly != null) {
			this.configurationOnly.close();
			this.configurationOnly = null;
		}
		if (this.context != null) {
			if (this.owned) {
				this.context.close();
			}
			this.context = null;
		}
	}

	private static Charset charset(PrintStream stream) {
		return stream.charset();
	}

	/** The program itself: its sub-commands are the commands. */
	@Command(name = "integrity-graph", mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = { "Integrity Graph (政务诚信图谱): batch commands. Without a command, "
					+ "java -jar integrity-graph.jar runs the service." },
			synopsisSubcommandLabel = "COMMAND")
	static final class Program implements Runnable {

		@picocli.CommandLine.Spec
		private picocli.CommandLine.Model.CommandSpec spec;

		@Override
		public void run() {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "Missing a command");
		}

	}

	/** The application of {@link #configuration(Class)}: its configuration, no beans. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static final class ConfigurationOnly {

	}

	/** The version from the jar's manifest. */
	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			var version = Commands.class.getPackage().getImplementationVersion();
			return new String[] { "integrity-graph " + (version != null ? version : "(development)"),
					"Java " + Runtime.version() };
		}

	}

	/** The application could not start; {@link StartupFailure} has said why. */
	private static final class NotStarted extends RuntimeException {

		NotStarted(Throwable cause) {
			super(cause.getMessage(), cause, false, false);
		}

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
				// the service's warm-ups (request path, trace queries) are for requests to come, not for a command
				"integrity.warm-up", "false",
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
