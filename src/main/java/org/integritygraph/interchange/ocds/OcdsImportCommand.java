package org.integritygraph.interchange.ocds;

import java.io.InputStream;

import org.integritygraph.interchange.Conversion;
import org.integritygraph.interchange.InterchangeImportCommand;
import picocli.CommandLine.Command;

/**
 * {@code import-ocds FILE}: imports an OCDS release or record package, releases or records as JSON Lines,
 * or an OC4IDS project package, all at once or nothing, and prints the mapping report.
 */
@Command(name = "import-ocds", mixinStandardHelpOptions = true,
		description = { "Imports Open Contracting data — an OCDS release or record package (with the PPP extension), "
				+ "releases or records as JSON Lines (.jsonl), or an OC4IDS project package — all at once or "
				+ "nothing, and prints what was and was not mapped.",
				"Exit codes: 0 imported, 1 invalid input, 2 could not run." })
public class OcdsImportCommand extends InterchangeImportCommand {

	@Override
	protected Conversion convert(InputStream in, String fileName) {
		return bean(OcdsConverter.class).convert(in, "OCDS " + fileName);
	}

}
