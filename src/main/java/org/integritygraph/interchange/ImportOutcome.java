package org.integritygraph.interchange;

import java.io.PrintStream;
import java.util.List;

import org.integritygraph.ingest.ImportResult;
import org.integritygraph.system.ApplicationCommand;

/**
 * What importing a converted file did.
 *
 * @param errors why the file was rejected, each starting with where in the source file; empty on success
 * @param result the importer's result, or null when the file was rejected before the importer ran
 * @param report what was and was not mapped
 */
public record ImportOutcome(List<String> errors, ImportResult result, MappingReport report) {

	public ImportOutcome {
		errors = List.copyOf(errors);
	}

	public boolean succeeded() {
		return this.errors.isEmpty();
	}

	/**
	 * Prints the outcome the way the import commands do: the summary and the mapping report on {@code out},
	 * the errors on {@code err}.
	 *
	 * @return the exit code: {@link ApplicationCommand#OK} or {@link ApplicationCommand#INVALID_INPUT}
	 */
	public int print(String source, PrintStream out, PrintStream err) {
		if (succeeded()) {
			out.println("Imported " + source + ": " + this.result.summary());
			this.report.print(out);
			return ApplicationCommand.OK;
		}
		this.errors.forEach(err::println);
		err.println("Import of " + source + " rejected with " + this.errors.size()
				+ " error(s); nothing was written");
		this.report.print(out);
		return ApplicationCommand.INVALID_INPUT;
	}

}
