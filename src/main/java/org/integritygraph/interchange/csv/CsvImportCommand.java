package org.integritygraph.interchange.csv;

import java.io.InputStream;
import java.nio.file.Path;

import org.integritygraph.interchange.Conversion;
import org.integritygraph.interchange.InterchangeImportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code import-csv --mapping M.yaml FILE.csv}: imports a spreadsheet through a mapping file, all or nothing. */
@Command(name = "import-csv", mixinStandardHelpOptions = true,
		description = { "Imports a spreadsheet saved as CSV through a mapping file (docs/interchange-csv.md), all at "
				+ "once or nothing, and prints what was and was not mapped. The mapping is checked first.",
				"Exit codes: 0 imported, 1 invalid input, 2 could not run." })
public class CsvImportCommand extends InterchangeImportCommand {

	@Option(names = "--mapping", required = true, paramLabel = "MAPPING.yaml",
			description = "which columns become which nodes, relationships and properties")
	Path mappingFile;

	private CsvMapping mapping;

	@Override
	protected void check() {
		super.check();
		checkReadable(this.mappingFile);
		try {
			this.mapping = CsvMapping.read(this.mappingFile);
		}
		catch (CsvMapping.MappingException ex) {
			throw rejected("Mapping rejected: " + ex.getMessage());
		}
	}

	@Override
	protected Conversion convert(InputStream in, String fileName) {
		return bean(CsvConverter.class).convert(this.mapping, in, "CSV " + fileName);
	}

}
