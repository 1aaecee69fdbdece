package org.integritygraph.interchange.ftm;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.integritygraph.interchange.CommandArguments;
import org.integritygraph.interchange.InterchangeImporter;
import org.integritygraph.system.Command;

import org.springframework.stereotype.Component;

/** {@code import-ftm FILE}: imports FollowTheMoney entities (JSON Lines), all or nothing, with a mapping report. */
@Component
class FtmImportCommand implements Command {

	private final FtmConverter converter;

	private final InterchangeImporter importer;

	FtmImportCommand(FtmConverter converter, InterchangeImporter importer) {
		this.converter = converter;
		this.importer = importer;
	}

	@Override
	public String name() {
		return "import-ftm";
	}

	@Override
	public String usage() {
		return "<entities.ftm.jsonl>";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Path file;
		try {
			file = arguments(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println("Usage: " + name() + " " + usage());
			return INVALID_INPUT;
		}
		try (var in = Files.newInputStream(file)) {
			var conversion = this.converter.convert(in, "FollowTheMoney " + file.getFileName());
			return this.importer.importConverted(conversion, file.toString()).print(file.toString(), out, err);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	static Path arguments(List<String> args) {
		return CommandArguments.parse(args, Set.of(), Set.of()).singleExistingFile();
	}

}
