package org.integritygraph.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.integritygraph.security.Actor;
import org.integritygraph.system.Command;

import org.springframework.stereotype.Component;

/** {@code import --file <file.jsonl> [--batch-size N]}: imports a JSON Lines file into the graph. */
@Component
class ImportCommand implements Command {

	private final JsonlImporter importer;

	ImportCommand(JsonlImporter importer) {
		this.importer = importer;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "--file <file.jsonl> [--batch-size N]";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		ImportArguments arguments;
		try {
			arguments = ImportArguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println("Usage: import " + usage());
			return INVALID_INPUT;
		}
		if (!Files.isRegularFile(arguments.file())) {
			err.println("File not found: " + arguments.file().toAbsolutePath());
			return INVALID_INPUT;
		}
		var actor = Actor.of(Actor.Channel.COMMAND, name(), arguments.file().toAbsolutePath().normalize().toString());
		return report(this.importer.importFile(arguments.file(), arguments.batchSize(), actor), out, err);
	}

	private static int report(ImportResult result, PrintStream out, PrintStream err) {
		if (result.succeeded()) {
			out.println("Imported: " + result.summary());
			return OK;
		}
		result.errors().forEach(error -> err.println(error.message()));
		err.println("Import " + result.summary());
		return INVALID_INPUT;
	}

	/**
	 * The command's arguments.
	 *
	 * @param file the JSON Lines file
	 * @param batchSize lines per transaction
	 */
	record ImportArguments(Path file, int batchSize) {

		static ImportArguments parse(List<String> args) {
			Path file = null;
			int batchSize = JsonlImporter.WHOLE_FILE;
			for (int i = 0; i < args.size(); i++) {
				var option = args.get(i);
				var inline = option.indexOf('=');
				var name = inline < 0 ? option : option.substring(0, inline);
				if (!name.equals("--file") && !name.equals("--batch-size")) {
					throw new IllegalArgumentException("Unknown option " + option);
				}
				if (inline < 0 && i + 1 == args.size()) {
					throw new IllegalArgumentException("Missing value of " + name);
				}
				var value = inline < 0 ? args.get(++i) : option.substring(inline + 1);
				if (name.equals("--file")) {
					file = Path.of(value);
				}
				else {
					batchSize = positive(value);
				}
			}
			if (file == null) {
				throw new IllegalArgumentException("Missing --file");
			}
			return new ImportArguments(file, batchSize);
		}

		private static int positive(String value) {
			try {
				var number = Integer.parseInt(value);
				if (number > 0) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new IllegalArgumentException("--batch-size must be a positive whole number, not " + value);
		}

	}

}
