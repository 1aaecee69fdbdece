package org.integritygraph.interchange.ftm;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.integritygraph.system.ApplicationCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export-ftm --out FILE [--public]}: writes the graph as FollowTheMoney entities; {@code --public}
 * leaves out what the disclosure rules do not make public.
 */
@Command(name = "export-ftm", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Writes the graph as FollowTheMoney entities (JSON Lines).",
				"Exit codes: 0 written, 1 invalid input, 2 could not run." })
public class FtmExportCommand extends ApplicationCommand {

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (replaced)")
	Path out;

	@Option(names = "--public",
			description = "only what the disclosure rules make public: public nodes, their public properties and the "
					+ "links between them")
	boolean onlyPublic;

	@Override
	protected void check() {
		checkWritable(this.out);
	}

	@Override
	protected int run() {
		var visible = this.onlyPublic ? FtmExporter.PUBLIC : FtmExporter.ALL;
		var exporter = bean(FtmExporter.class);
		try (var file = new PrintStream(Files.newOutputStream(this.out), false, StandardCharsets.UTF_8)) {
			var counts = exporter.export(file, visible);
			out().println("Exported %d entities to %s (%s): %s".formatted(
					counts.values().stream().mapToInt(Integer::intValue).sum(), this.out,
					this.onlyPublic ? "public properties only" : "all properties",
					counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
						.collect(Collectors.joining(", "))));
			return OK;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.out, ex);
		}
	}

}
