package org.integritygraph.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.integritygraph.system.ApplicationCommand;
import picocli.CommandLine.Parameters;

/**
 * The import commands of the interchange formats ({@code import-ocds}, {@code import-csv}, {@code import-ftm}):
 * one file, checked before anything starts, converted into import lines and imported all at once or not at
 * all; the outcome and the mapping report are printed. A format's command adds its options and converts.
 */
public abstract class InterchangeImportCommand extends ApplicationCommand {

	@Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
	protected Path file;

	@Override
	protected void check() {
		checkReadable(this.file);
	}

	/** Converts the file's content with the format's converter (a bean: the application is started). */
	protected abstract Conversion convert(InputStream in, String fileName);

	@Override
	protected int run() {
		var importer = bean(InterchangeImporter.class);
		try (var in = Files.newInputStream(this.file)) {
			var conversion = convert(in, this.file.getFileName().toString());
			return importer.importConverted(conversion, this.file.toString(), name())
				.print(this.file.toString(), out(), err());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
	}

}
