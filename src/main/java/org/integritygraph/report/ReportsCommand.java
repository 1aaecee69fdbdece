package org.integritygraph.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.integritygraph.graph.Dates;
import org.integritygraph.graph.Viewer;
import org.integritygraph.system.Command;
import org.integritygraph.system.ProgressBar;

import org.springframework.stereotype.Component;

/**
 * The batch command {@code reports} ({@code java -jar integrity-graph.jar reports ...}): writes the recall report of every project of a body, or of a list
 * of projects, into a folder, with a progress bar and a summary of what failed. An unknown project is
 * reported and the others are still written.
 *
 * <pre>
 * reports (--body &lt;id&gt; | --ids a,b,c) --out &lt;folder&gt; [--at yyyy-MM-dd] [--format pdf,html,md] [--lang zh|en]
 * </pre>
 *
 * Exit status: {@link #OK} when every report was written; {@link #INVALID_INPUT} for bad arguments or an
 * unknown body (nothing written) or when only unknown projects failed; {@link #FAILED} when a report could
 * not be rendered (e.g. no CJK font for the PDF).
 */
@Component
class ReportsCommand implements Command {

	static final String USAGE = "(--body <id> | --ids a,b,c) --out <folder> [--at yyyy-MM-dd] [--format pdf,html,md] [--lang zh|en] [--audience public|internal]";

	static final String HELP = """
			  --body    every project the body owns (实施机构)
			  --ids     these projects, comma-separated
			  --out     the folder to write into (created when missing); files are <project id>.<format>
			  --at      the as-of date (default: today)
			  --format  one or more of pdf, html, md (default: pdf)
			  --lang    zh (default) or en
			  --audience public (default: what the disclosure rules make public) or internal (everything)""";

	private static final Set<String> FORMATS = Set.of("pdf", "html", "md");

	private final RecallReportService reports;

	private final ReportRenderer renderer;

	private final Dates dates;

	ReportsCommand(RecallReportService reports, ReportRenderer renderer, Dates dates) {
		this.reports = reports;
		this.renderer = renderer;
		this.dates = dates;
	}

	@Override
	public String name() {
		return "reports";
	}

	@Override
	public String usage() {
		return USAGE;
	}

	/** Runs the command; the progress bar redraws in place when writing to a terminal. */
	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		return run(args, out, err, ProgressBar.interactive(out));
	}

	int run(List<String> args, PrintStream out, PrintStream err, boolean interactive) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("reports: " + ex.getMessage());
			err.println("Usage: reports " + USAGE);
			err.println(HELP);
			return INVALID_INPUT;
		}
		if (options.formats().contains("pdf")) {
			try {
				this.renderer.checkPdfFont();
			}
			catch (CjkFontMissingException ex) {
				err.println("reports: " + ex.getMessage());
				return FAILED;
			}
		}
		List<String> projectIds;
		if (options.bodyId() != null) {
			var owned = this.reports.projectIdsOfBody(options.bodyId());
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
		return write(projectIds, options, new ProgressBar(out, projectIds.size(), interactive), out, err);
	}

	private int write(List<String> projectIds, Options options, ProgressBar progress, PrintStream out,
			PrintStream err) {
		var failures = new LinkedHashMap<String, String>();
		boolean unknownOnly = true;
		int files = 0;
		for (var projectId : projectIds) {
			progress.step(projectId);
			try {
				var report = this.reports.as(options.viewer(this.dates)).report(projectId, options.at());
				if (report.isEmpty()) {
					failures.put(projectId, "unknown project");
					continue;
				}
				for (var format : options.formats()) {
					Files.write(options.out().resolve(ReportFiles.batchFileName(projectId, format)),
							render(report.get(), format, options.language()));
					files++;
				}
			}
			catch (IOException | RuntimeException ex) {
				failures.put(projectId, ex.getClass().getSimpleName() + ": " + ex.getMessage());
				unknownOnly = false;
			}
		}
		progress.done();
		summary(out, err, projectIds.size(), files, options.out(), failures);
		if (failures.isEmpty()) {
			return OK;
		}
		return unknownOnly ? INVALID_INPUT : FAILED;
	}

	private byte[] render(RecallReport report, String format, ReportLanguage language) {
		return switch (format) {
			case "pdf" -> this.renderer.pdf(report, language);
			case "html" -> this.renderer.html(report, language).getBytes(StandardCharsets.UTF_8);
			default -> this.renderer.markdown(report, language).getBytes(StandardCharsets.UTF_8);
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

	/** The parsed arguments. */
	record Options(String bodyId, List<String> projectIds, Path out, LocalDate at, List<String> formats,
			ReportLanguage language, boolean internal) {

		/** Who the reports are written for: the public (the disclosure rules) or internal readers; no deadline. */
		Viewer viewer(Dates dates) {
			return new Viewer(this.internal, dates.today(), null);
		}

		static Options parse(List<String> args) {
			var values = new LinkedHashMap<String, String>();
			for (int i = 0; i < args.size(); i++) {
				var name = args.get(i);
				if (!name.startsWith("--")) {
					throw new IllegalArgumentException("unexpected argument '" + name + "'");
				}
				var key = name.substring(2);
				String value;
				int eq = key.indexOf('=');
				if (eq >= 0) {
					value = key.substring(eq + 1);
					key = key.substring(0, eq);
				}
				else if (i + 1 < args.size()) {
					value = args.get(++i);
				}
				else {
					throw new IllegalArgumentException("--" + key + " needs a value");
				}
				if (!Set.of("body", "ids", "out", "at", "format", "lang", "audience").contains(key)) {
					throw new IllegalArgumentException("unknown option --" + key);
				}
				values.put(key, value);
			}
			if (values.containsKey("body") == values.containsKey("ids")) {
				throw new IllegalArgumentException("give either --body or --ids");
			}
			if (!values.containsKey("out")) {
				throw new IllegalArgumentException("--out is required");
			}
			var ids = values.containsKey("ids") ? split(values.get("ids")) : List.<String>of();
			if (values.containsKey("ids") && ids.isEmpty()) {
				throw new IllegalArgumentException("--ids lists no project");
			}
			var formats = split(values.getOrDefault("format", "pdf")).stream()
				.map(f -> f.toLowerCase(Locale.ROOT))
				.toList();
			for (var format : formats) {
				if (!FORMATS.contains(format)) {
					throw new IllegalArgumentException("unknown format '" + format + "' (pdf, html, md)");
				}
			}
			LocalDate at;
			try {
				at = values.containsKey("at") ? LocalDate.parse(values.get("at")) : null;
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("--at must be a date like 2024-06-30");
			}
			var audience = values.getOrDefault("audience", "public");
			if (!Set.of("public", "internal").contains(audience)) {
				throw new IllegalArgumentException("--audience is public or internal, was '" + audience + "'");
			}
			return new Options(values.get("body"), ids, Path.of(values.get("out")), at,
					List.copyOf(new LinkedHashSet<>(formats)), ReportLanguage.of(values.get("lang")),
					audience.equals("internal"));
		}

		private static List<String> split(String list) {
			return new ArrayList<>(Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList());
		}

	}

}
