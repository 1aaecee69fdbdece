package org.integritygraph.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * A source file converted into import lines, with its mapping report; or the reasons the file is rejected
 * before anything is imported (malformed, unsupported version, conflicting ids).
 *
 * @param dataset names the source in the import file's meta line
 * @param lines the import lines
 * @param report what was and was not mapped
 * @param errors why the file is rejected; empty when it can be imported
 */
public record Conversion(String dataset, GraphLines lines, MappingReport report, List<String> errors) {

	public Conversion {
		var all = new ArrayList<>(errors);
		all.addAll(lines.conflicts());
		errors = List.copyOf(all);
		report.mapped(lines);
	}

	/** A file rejected before any mapping. */
	public static Conversion rejected(String dataset, String format, List<String> errors) {
		return new Conversion(dataset, new GraphLines(), new MappingReport(format), errors);
	}

	public boolean rejected() {
		return !this.errors.isEmpty();
	}

}
