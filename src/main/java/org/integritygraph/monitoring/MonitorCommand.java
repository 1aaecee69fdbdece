package org.integritygraph.monitoring;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.monitoring.MonitoringResult.UnitResult;
import org.integritygraph.monitoring.MonitoringResult.WarningResult;
import org.integritygraph.security.Actor;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The monthly run ({@code java -jar integrity-graph.jar monitor ...}): computes a closed month of a region in one
 * pass and stores it as the month's snapshot, with a progress bar (one step per month of the series, one for
 * storing), then prints the ranking and the warnings. A month already stored is left unchanged; a month that has
 * not ended is refused.
 *
 * <pre>
 * monitor --region &lt;id&gt; [--month yyyy-MM | --from yyyy-MM --to yyyy-MM] [--window N]
 * </pre>
 *
 * Exit status: {@link #OK}; {@link #INVALID_INPUT} for bad arguments, an unknown region or a month not ended;
 * {@link #FAILED} when the database failed.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Computes a closed month of a region's monitoring (政务诚信监测) in one pass, stores it as the "
				+ "month's snapshot and prints the ranking and the warnings. A month already stored is left unchanged; "
				+ "a month that has not ended is refused.",
				"Exit codes: 0 done, 1 bad arguments, unknown region or month not ended, 2 database failure." })
public class MonitorCommand extends ApplicationCommand {

	@Option(names = "--region", required = true, paramLabel = "ID",
			description = "the body whose parts are ranked (e.g. a city government: its departments and counties)")
	String region;

	@Option(names = "--month", paramLabel = "yyyy-MM", description = "the month to store (default: the last closed month)")
	String month;

	@Option(names = "--from", paramLabel = "yyyy-MM", description = "with --to: every month from .. to (inclusive), oldest first")
	String from;

	@Option(names = "--to", paramLabel = "yyyy-MM", description = "the last month of --from")
	String to;

	@Option(names = "--window", paramLabel = "N", description = "the rolling window in months (default: the monitoring table's)")
	Integer window;

	/** The months to store, oldest first; empty: the last closed month. */
	private List<YearMonth> months;

	@Override
	protected void check() {
		try {
			this.months = months(this.month, this.from, this.to);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(ex.getMessage());
		}
		if (this.window != null && this.window < 1) {
			throw invalid("--window must be a number of months");
		}
	}

	/** The months of {@code --month} or {@code --from}/{@code --to}, oldest first; empty when neither is given. */
	static List<YearMonth> months(String month, String from, String to) {
		if (month != null && (from != null || to != null)) {
			throw new IllegalArgumentException("give either --month or --from and --to");
		}
		if ((from != null) != (to != null)) {
			throw new IllegalArgumentException("--from and --to go together");
		}
		if (month != null) {
			return List.of(month(month, "--month"));
		}
		var months = new ArrayList<YearMonth>();
		if (from != null) {
			var first = month(from, "--from");
			var last = month(to, "--to");
			if (last.isBefore(first)) {
				throw new IllegalArgumentException("--to is before --from");
			}
			for (var m = first; !m.isAfter(last); m = m.plusMonths(1)) {
				months.add(m);
			}
		}
		return List.copyOf(months);
	}

	private static YearMonth month(String value, String option) {
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(option + " must be a month like 2026-10");
		}
	}

	@Override
	protected int run() {
		var monitoring = bean(MonitoringService.class);
		var months = this.months.isEmpty() ? List.of(monitoring.month(null)) : this.months;
		var steps = months.size() * (MonitoringComputation.SERIES_MONTHS + 1);
		var closings = new ArrayList<MonitoringService.Closing>();
		var actor = Actor.of(Actor.Channel.COMMAND, name(), null);
		try (var progress = Progress.start("Monitor", "steps", 1, steps, out(), interactive()).everyStep()) {
			var done = new int[1];
			for (var month : months) {
				var closing = monitoring.close(this.region, month, this.window, actor,
						() -> progress.stepTo(++done[0], month.toString()));
				closings.add(closing);
				progress.stepTo(++done[0], month + (closing.stored() ? " stored" : " already stored"));
			}
		}
		catch (InvalidArgumentException ex) {
			err().println("monitor: " + ex.getMessage());
			return INVALID_INPUT;
		}
		closings.forEach(closing -> summary(closing, out()));
		return OK;
	}

	private static void summary(MonitoringService.Closing closing, PrintStream out) {
		var result = closing.result();
		out.printf("%s %s (window %d months): %s%n", result.regionName(), result.month(), result.window(),
				closing.stored() ? "stored now" : "already stored on " + result.computedAt() + ", unchanged");
		for (var unit : result.units()) {
			out.println("%3d. %-24s %7s  %s".formatted(unit.rank(), unit.name(), MonitoringText.number(unit.score()),
					warnings(unit)).stripTrailing());
		}
		var warnings = result.warnings();
		out.printf("Warnings: %d (red %d, orange %d, yellow %d)%n%n", warnings.size(), count(warnings, WarningLevel.RED),
				count(warnings, WarningLevel.ORANGE), count(warnings, WarningLevel.YELLOW));
	}

	private static String warnings(UnitResult unit) {
		return String.join(", ", unit.warnings().stream().map(w -> w.level() + " " + w.ruleId()).toList());
	}

	private static long count(List<WarningResult> warnings, WarningLevel level) {
		return warnings.stream().filter(w -> w.level() == level).count();
	}

}
