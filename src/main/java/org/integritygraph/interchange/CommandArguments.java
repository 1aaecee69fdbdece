package org.integritygraph.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of an interchange command: files, {@code --name value} (or {@code --name=value}) options and
 * {@code --flag}s. Each command reads its own from this in one small method.
 */
public record CommandArguments(List<String> files, Map<String, String> options, Set<String> flags) {

	/**
	 * @param valued the options that take a value
	 * @param flags the options that take none
	 * @throws IllegalArgumentException naming an unknown option or a missing value
	 */
	public static CommandArguments parse(List<String> args, Set<String> valued, Set<String> flags) {
		var files = new ArrayList<String>();
		var options = new HashMap<String, String>();
		var given = new HashSet<String>();
		for (int i = 0; i < args.size(); i++) {
			var arg = args.get(i);
			if (!arg.startsWith("--")) {
				files.add(arg);
				continue;
			}
			var inline = arg.indexOf('=');
			var name = (inline < 0) ? arg : arg.substring(0, inline);
			if (flags.contains(name) && inline < 0) {
				given.add(name);
			}
			else if (valued.contains(name)) {
				if (inline < 0 && i + 1 == args.size()) {
					throw new IllegalArgumentException("Missing value of " + name);
				}
				options.put(name, (inline < 0) ? args.get(++i) : arg.substring(inline + 1));
			}
			else {
				throw new IllegalArgumentException("Unknown option " + arg);
			}
		}
		return new CommandArguments(List.copyOf(files), Map.copyOf(options), Set.copyOf(given));
	}

	/** The one input file, which must exist. */
	public Path singleExistingFile() {
		if (this.files.size() != 1) {
			throw new IllegalArgumentException(
					this.files.isEmpty() ? "Missing the file to import" : "Expected one file, not " + this.files);
		}
		return existing(this.files.getFirst());
	}

	/** A file named by an option, which must exist. */
	public Path existingFile(String option) {
		var value = this.options.get(option);
		if (value == null) {
			throw new IllegalArgumentException("Missing " + option);
		}
		return existing(value);
	}

	public boolean flag(String name) {
		return this.flags.contains(name);
	}

	private static Path existing(String name) {
		var path = Path.of(name);
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("File not found: " + path.toAbsolutePath());
		}
		return path;
	}

}
