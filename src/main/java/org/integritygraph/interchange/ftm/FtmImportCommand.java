package org.integritygraph.interchange.ftm;

import java.io.InputStream;

import org.integritygraph.interchange.Conversion;
import org.integritygraph.interchange.InterchangeImportCommand;
import picocli.CommandLine.Command;

/** {@code import-ftm FILE}: imports FollowTheMoney entities (JSON Lines), all or nothing, with a mapping report. */
@Command(name = "import-ftm", mixinStandardHelpOptions = true,
		description = { "Imports FollowTheMoney entities (JSON Lines), all at once or nothing, and prints what was "
				+ "and was not mapped.", "Exit codes: 0 imported, 1 invalid input, 2 could not run." })
public class FtmImportCommand extends InterchangeImportCommand {

	@Override
	protected Conversion convert(InputStream in, String fileName) {
		return bean(FtmConverter.class).convert(in, "FollowTheMoney " + fileName);
	}

}
