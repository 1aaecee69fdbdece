package org.integritygraph.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.integritygraph.system.ApplicationCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate --out FILE [--scale S] [--seed N]}: writes a synthetic province as import lines. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Writes a fictional province as JSON Lines for the import command: ~15 cities, ~100 counties, "
				+ "~1,200 townships and street offices per unit of scale, with departments, posts, changing "
				+ "reporting lines, tenures with turnover and vacancies, projects in every phase, contracts, "
				+ "commitments and records in every state. The same scale and seed give the same file.",
				"Scale 1 is about 2.1 M lines; 2.4 about 5 M; 0.01 a few thousand." })
public class GenerateCommand extends ApplicationCommand {

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
	Path out;

	@Option(names = "--scale", defaultValue = "1", paramLabel = "S",
			description = "provinces' worth of data (default: ${DEFAULT-VALUE})")
	double scale;

	@Option(names = "--seed", defaultValue = "20260801", paramLabel = "N",
			description = "the random seed (default: ${DEFAULT-VALUE})")
	long seed;

	@Override
	protected void check() {
		if (!(this.scale > 0) || this.scale > 100) {
			throw invalid("--scale must be above 0 and at most 100, not " + this.scale);
		}
		var folder = this.out.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw invalid("No such folder: " + folder);
		}
	}

	@Override
	protected int run() throws IOException {
		var started = System.nanoTime();
		var summary = generate(this.out, this.scale, this.seed);
		out().printf(Locale.ROOT, "Wrote %,d lines (%,d nodes, %,d relationships) to %s in %.1f s%n", summary.lines(),
				summary.nodes(), summary.relationships(), this.out, (System.nanoTime() - started) / 1e9);
		return OK;
	}

	static ProvinceGenerator.Summary generate(Path file, double scale, long seed) throws IOException {
		try (var writer = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
			return new ProvinceGenerator(scale, seed).write(writer);
		}
	}

}
