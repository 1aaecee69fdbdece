package org.integritygraph.monitoring;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.monitoring.MonitoringResult.UnitResult;
import org.integritygraph.monitoring.MonitoringResult.WarningResult;
import org.integritygraph.system.Command;
import org.integritygraph.system.ProgressBar;

import org.springframework.stereotype.Component;

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
@Component
class MonitorCommand implements Command {

	static final String USAGE = "--region <id> [--month yyyy-MM | --from yyyy-MM --to yyyy-MM] [--window N]";

	static final String HELP = """
			  --region  the body whose parts are ranked (e.g. a city government: its departments and counties)
			  --month   the month to store (default: the last closed month)
			  --from, --to  every month from .. to (inclusive), oldest first
			  --window  the rolling window in months (default: the monitoring table's)""";

	private final MonitoringService monitoring;

	MonitorCommand(MonitoringService monitoring) {
		this.monitoring = monitoring;
	}

	@Override
	public String name() {
		return "monitor";
	}

	@Override
	public String usage() {
		return USAGE;
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		return run(args, out, err, ProgressBar.interactive(out));
	}

	int run(List<String> args, PrintStream out, PrintStream err, boolean interactive) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args, this.monitoring.month(null));
		}
		catch (IllegalArgumentException ex) {
			err.println("monitor: " + ex.getMessage());
			err.println("Usage: monitor " + USAGE);
			err.println(HELP);
			return INVALID_INPUT;
		}
		var progress = new ProgressBar(out, arguments.months().size() * (MonitoringComputation.SERIES_MONTHS + 1),
				interactive);
		var closings = new ArrayList<MonitoringService.Closing>();
		try {
			for (var month : arguments.months()) {
				var closing = this.monitoring.close(arguments.region(), month, arguments.window(),
						() -> progress.step(month.toString()));
				closings.add(closing);
				progress.step(month + (closing.stored() ? " stored" : " already stored"));
			}
		}
		catch (InvalidArgumentException ex) {
			progress.done();
			err.println("monitor: " + ex.getMessage());
			return INVALID_INPUT;
		}
		progress.done();
		closings.forEach(closing -> summary(closing, out));
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

	/** The parsed arguments: the region, the months to store (oldest first) and the window (null: the table's). */
	record Arguments(String region, List<YearMonth> months, Integer window) {

		private static final Set<String> OPTIONS = Set.of("region", "month", "from", "to", "window");

		static Arguments parse(List<String> args, YearMonth lastClosed) {
			var values = new LinkedHashMap<String, String>();
			for (int i = 0; i < args.size(); i++) {
				var name = args.get(i);
				var key = name.startsWith("--") ? name.substring(2) : null;
				if (key == null || !OPTIONS.contains(key)) {
					throw new IllegalArgumentException("unknown argument '" + name + "'");
				}
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				values.put(key, args.get(++i));
			}
			if (!values.containsKey("region")) {
				throw new IllegalArgumentException("--region is required");
			}
			if (values.containsKey("month") && (values.containsKey("from") || values.containsKey("to"))) {
				throw new IllegalArgumentException("give either --month or --from and --to");
			}
			if (values.containsKey("from") != values.containsKey("to")) {
				throw new IllegalArgumentException("--from and --to go together");
			}
			var months = new ArrayList<YearMonth>();
			if (values.containsKey("from")) {
				var from = month(values.get("from"), "--from");
				var to = month(values.get("to"), "--to");
				if (to.isBefore(from)) {
					throw new IllegalArgumentException("--to is before --from");
				}
				for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
					months.add(m);
				}
			}
			else {
				months.add(values.containsKey("month") ? month(values.get("month"), "--month") : lastClosed);
			}
			Integer window = null;
			if (values.containsKey("window")) {
				try {
					window = Integer.valueOf(values.get("window"));
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("--window must be a number of months");
				}
			}
			return new Arguments(values.get("region"), List.copyOf(months), window);
		}

		private static YearMonth month(String value, String option) {
			try {
				return YearMonth.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(option + " must be a month like 2026-10");
			}
		}

	}

}
