package org.integritygraph.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.integritygraph.graph.Dates;
import org.integritygraph.graph.Viewer;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Progress;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The batch command {@code reports} ({@code java -jar integrity-graph.jar reports ...}): writes the recall report of every project of a body, or of a list
 * of projects, into a folder, with a progress bar and a summary of what failed. An unknown project is
 * reported and the others are still written.
 *
 * <pre>
 * reports (--body &lt;id&gt; | --ids a,b,c) --out &lt;folder&gt; [--at yyyy-MM-dd] [--format pdf,html,md] [--lang zh|en] [--audience public|internal]
 * </pre>
 *
 * Exit status: {@link #OK} when every report was written; {@link #INVALID_INPUT} for bad arguments or an
 * unknown body (nothing written) or when only unknown projects failed; {@link #FAILED} when a report could
 * not be rendered (e.g. no CJK font for the PDF).
 */
@Command(name = "reports", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Writes the recall report (项目责任回溯报告) of every project of a body, or of a list of "
				+ "projects, into a folder; an unknown project is reported and the others are still written.",
				"Exit codes: 0 all written, 1 invalid input or only unknown projects, 2 a report could not be rendered." })
public class ReportsCommand extends ApplicationCommand {

	private static final Set<String> FORMATS = Set.of("pdf", "html", "md");

	@ArgGroup(exclusive = true, multiplicity = "1")
	Selection selection;

	@Option(names = "--out", required = true, paramLabel = "FOLDER",
			description = "the folder to write into (created when missing); files are <project id>.<format>")
	Path out;

	@Option(names = "--at", paramLabel = "yyyy-MM-dd", description = "the as-of date (default: today)")
	LocalDate at;

	@Option(names = "--format", paramLabel = "pdf,html,md", split = ",", defaultValue = "pdf",
			description = "one or more of pdf, html, md (default: pdf)")
	List<String> formats;

	@Option(names = "--lang", paramLabel = "zh|en", description = "zh (default) or en")
	String lang;

	@Option(names = "--audience", paramLabel = "public|internal", defaultValue = "public",
			description = "public (default: what the disclosure rules make public) or internal (everything)")
	String audience;

	/** Which projects: those of a body, or a list. */
	static final class Selection {

		@Option(names = "--body", required = true, paramLabel = "ID",
				description = "every project the body owns (实施机构)")
		String bodyId;

		@Option(names = "--ids", required = true, paramLabel = "a,b,c", split = ",",
				description = "these projects, comma-separated")
		List<String> projectIds;

	}

	private Options options;

	@Override
	protected void check() {
		try {
			this.options = Options.of(this);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(ex.getMessage());
		}
	}

	/** Runs the command; the progress bar redraws in place when writing to a terminal. */
	@Override
	protected int run() {
		var reports = bean(RecallReportService.class);
		return run(this.options, reports, reports.as(this.options.viewer(bean(Dates.class))),
				bean(ReportRenderer.class), out(), err(), interactive());
	}

	/**
	 * @param reports the reports, to find the projects of a body
	 * @param visible the reports as the audience sees them
	 */
	static int run(Options options, RecallReportService reports, RecallReportService visible,
			ReportRenderer renderer, PrintStream out, PrintStream err, boolean interactive) {
		if (options.formats().contains("pdf")) {
			try {
				renderer.checkPdfFont();
			}
			catch (CjkFontMissingException ex) {
				err.println("reports: " + ex.getMessage());
				return FAILED;
			}
		}
		List<String> projectIds;
		if (options.bodyId() != null) {
			var owned = reports.projectIdsOfBody(options.bodyId());
			if (owned.isEmpty()) {
				err.println("reports: no body with id '" + options.bodyId() + "'");
				return INVALID_INPUT;
			}
			projectIds = owned.get();
		}
		else {
			projectIds = options.projectIds();
		}
		try {
			Files.createDirectories(options.out());
		}
		catch (IOException ex) {
			err.println("reports: cannot create " + options.out() + ": " + ex.getMessage());
			return FAILED;
		}
		try (var progress = Progress.start("Reports", "projects", 1, projectIds.size(), out, interactive)
			.everyStep()) {
			return write(projectIds, options, visible, renderer, progress, out, err);
		}
	}

	private static int write(List<String> projectIds, Options options, RecallReportService reports,
			ReportRenderer renderer, Progress progress, PrintStream out, PrintStream err) {
		var failures = new LinkedHashMap<String, String>();
		boolean unknownOnly = true;
		int files = 0;
		int done = 0;
		for (var projectId : projectIds) {
			progress.stepTo(++done, projectId);
			try {
				var report = reports.report(projectId, options.at());
				if (report.isEmpty()) {
					failures.put(projectId, "unknown project");
					continue;
				}
				for (var format : options.formats()) {
					Files.write(options.out().resolve(ReportFiles.batchFileName(projectId, format)),
							render(renderer, report.get(), format, options.language()));
					files++;
				}
			}
			catch (IOException | RuntimeException ex) {
				failures.put(projectId, ex.getClass().getSimpleName() + ": " + ex.getMessage());
				unknownOnly = false;
			}
		}
		progress.close();
		summary(out, err, projectIds.size(), files, options.out(), failures);
		if (failures.isEmpty()) {
			return OK;
		}
		return unknownOnly ? INVALID_INPUT : FAILED;
	}

	private static byte[] render(ReportRenderer renderer, RecallReport report, String format,
			ReportLanguage language) {
		return switch (format) {
			case "pdf" -> renderer.pdf(report, language);
			case "html" -> renderer.html(report, language).getBytes(StandardCharsets.UTF_8);
			default -> renderer.markdown(report, language).getBytes(StandardCharsets.UTF_8);
		};
	}

	private static void summary(PrintStream out, PrintStream err, int projects, int files, Path folder,
			Map<String, String> failures) {
		out.printf("Wrote %d file(s) for %d of %d project(s) into %s%n", files, projects - failures.size(), projects,
				folder.toAbsolutePath());
		if (!failures.isEmpty()) {
			err.printf("%d project(s) failed:%n", failures.size());
			failures.forEach((id, reason) -> err.printf("  %s: %s%n", id, reason));
		}
	}

	/** The checked arguments. */
	record Options(String bodyId, List<String> projectIds, Path out, LocalDate at, List<String> formats,
			ReportLanguage language, boolean internal) {

		/** Who the reports are written for: the public (the disclosure rules) or internal readers; no deadline. */
		Viewer viewer(Dates dates) {
			return new Viewer(this.internal, dates.today(), null);
		}

		static Options of(ReportsCommand command) {
			var ids = (command.selection.projectIds != null) ? tidy(command.selection.projectIds) : List.<String>of();
			if (command.selection.projectIds != null && ids.isEmpty()) {
				throw new IllegalArgumentException("--ids lists no project");
			}
			var formats = tidy(command.formats).stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct().toList();
			for (var format : formats) {
				if (!FORMATS.contains(format)) {
					throw new IllegalArgumentException("unknown format '" + format + "' (pdf, html, md)");
				}
			}
			ReportLanguage language;
			try {
				language = ReportLanguage.of(command.lang);
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(ex.getMessage());
			}
			var audience = command.audience.trim().toLowerCase(Locale.ROOT);
			if (!Set.of("public", "internal").contains(audience)) {
				throw new IllegalArgumentException("--audience is public or internal, was '" + command.audience + "'");
			}
			return new Options(command.selection.bodyId, ids, command.out, command.at, formats, language,
					audience.equals("internal"));
		}

		private static List<String> tidy(List<String> values) {
			return new ArrayList<>(values.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList());
		}

	}

}
