package org.integritygraph.system;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Parameters;

/**
 * Reaches a {@link Command} bean from the command line until it is ported to an {@link ApplicationCommand}:
 * every argument after its name is passed on unparsed, after the application has started.
 */
@picocli.CommandLine.Command(name = "legacy")
public final class LegacyCommand extends ApplicationCommand {

	private final String name;

	private final String usage;

	@Parameters(arity = "0..*", paramLabel = "ARGS", description = "passed on to the command")
	List<String> args = new ArrayList<>();

	/**
	 * @param name the name of the {@link Command} bean
	 * @param usage its arguments, for the list of commands
	 */
	public LegacyCommand(String name, String usage) {
		this.name = name;
		this.usage = usage;
	}

	String name() {
		return this.name;
	}

	String usage() {
		return this.usage;
	}

	@Override
	protected int run() {
		var command = applicationContext().getBeansOfType(Command.class)
			.values()
			.stream()
			.filter(candidate -> candidate.name().equals(this.name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No command bean named " + this.name));
		return command.run(List.copyOf(this.args), out(), err());
	}

}
