package org.integritygraph.interchange.ftm;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.integritygraph.interchange.CommandArguments;
import org.integritygraph.model.Disclosure;
import org.integritygraph.system.Command;

import org.springframework.stereotype.Component;

/**
 * {@code export-ftm --out FILE [--public]}: writes the graph as FollowTheMoney entities; {@code --public}
 * leaves out the properties that are not public (personal data, restricted details).
 */
@Component
class FtmExportCommand implements Command {

	private final FtmExporter exporter;

	FtmExportCommand(FtmExporter exporter) {
		this.exporter = exporter;
	}

	@Override
	public String name() {
		return "export-ftm";
	}

	@Override
	public String usage() {
		return "--out <entities.ftm.jsonl> [--public]";
	}

	/** Where to write and which disclosure classes to include. */
	record Arguments(Path out, Set<Disclosure> visible) {
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments;
		try {
			arguments = arguments(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println("Usage: " + name() + " " + usage());
			return INVALID_INPUT;
		}
		try (var file = new PrintStream(Files.newOutputStream(arguments.out()), false, StandardCharsets.UTF_8)) {
			var counts = this.exporter.export(file, arguments.visible());
			out.println("Exported %d entities to %s (%s): %s".formatted(
					counts.values().stream().mapToInt(Integer::intValue).sum(), arguments.out(),
					arguments.visible().equals(FtmExporter.PUBLIC) ? "public properties only" : "all properties",
					counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
						.collect(Collectors.joining(", "))));
			return OK;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + arguments.out(), ex);
		}
	}

	static Arguments arguments(List<String> args) {
		var parsed = CommandArguments.parse(args, Set.of("--out"), Set.of("--public"));
		if (!parsed.files().isEmpty()) {
			throw new IllegalArgumentException("Unexpected argument " + parsed.files().getFirst());
		}
		var out = parsed.options().get("--out");
		if (out == null) {
			throw new IllegalArgumentException("Missing --out");
		}
		var path = Path.of(out);
		var parent = path.toAbsolutePath().getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			throw new IllegalArgumentException("No such folder: " + parent);
		}
		return new Arguments(path, parsed.flag("--public") ? FtmExporter.PUBLIC : FtmExporter.ALL);
	}

}
