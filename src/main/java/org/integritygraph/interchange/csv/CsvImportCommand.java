package org.integritygraph.interchange.csv;

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

/** {@code import-csv --mapping M.yaml FILE.csv}: imports a spreadsheet through a mapping file, all or nothing. */
@Component
class CsvImportCommand implements Command {

	private final CsvConverter converter;

	private final InterchangeImporter importer;

	CsvImportCommand(CsvConverter converter, InterchangeImporter importer) {
		this.converter = converter;
		this.importer = importer;
	}

	@Override
	public String name() {
		return "import-csv";
	}

	@Override
	public String usage() {
		return "--mapping <mapping.yaml> <file.csv>";
	}

	/** The mapping (read and checked) and the file. */
	record Arguments(CsvMapping mapping, Path file) {
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments;
		try {
			arguments = arguments(args);
		}
		catch (CsvMapping.MappingException ex) {
			err.println("Mapping rejected: " + ex.getMessage());
			return INVALID_INPUT;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println("Usage: " + name() + " " + usage());
			return INVALID_INPUT;
		}
		var file = arguments.file();
		try (var in = Files.newInputStream(file)) {
			var conversion = this.converter.convert(arguments.mapping(), in, "CSV " + file.getFileName());
			return this.importer.importConverted(conversion, file.toString()).print(file.toString(), out, err);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	static Arguments arguments(List<String> args) {
		var parsed = CommandArguments.parse(args, Set.of("--mapping"), Set.of());
		var file = parsed.singleExistingFile();
		return new Arguments(CsvMapping.read(parsed.existingFile("--mapping")), file);
	}

}
