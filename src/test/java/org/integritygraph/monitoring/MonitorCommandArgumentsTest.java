package org.integritygraph.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.integritygraph.IntegrityGraphApplication;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The arguments of {@code monitor}, checked before any database starts. */
class MonitorCommandArgumentsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aMonth_aRangeOfMonths_orTheLastClosedOne() {
		assertThat(MonitorCommand.months(null, null, null)).as("the last closed month, found when it runs").isEmpty();
		assertThat(MonitorCommand.months("2026-08", null, null)).containsExactly(YearMonth.of(2026, 8));
		assertThat(MonitorCommand.months(null, "2026-08", "2026-10"))
			.isEqualTo(List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10)));
	}

	@Test
	void badMonths_sayWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> MonitorCommand.months("2026-13", null, null))
			.withMessage("--month must be a month like 2026-10");
		assertThatIllegalArgumentException().isThrownBy(() -> MonitorCommand.months(null, "2026-10", null))
			.withMessage("--from and --to go together");
		assertThatIllegalArgumentException().isThrownBy(() -> MonitorCommand.months(null, "2026-10", "2026-01"))
			.withMessage("--to is before --from");
		assertThatIllegalArgumentException().isThrownBy(() -> MonitorCommand.months("2026-10", null, "2026-11"))
			.withMessage("give either --month or --from and --to");
	}

	@Test
	void theCommandLine_refusesBadArguments_beforeAnythingStarts() {
		assertThat(run("monitor", "--month", "2026-10")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Missing required option: '--region=ID'\nUsage: integrity-graph monitor ");
		assertThat(run("monitor", "--region", "x", "--month", "2026-13")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("--month must be a month like 2026-10");
		assertThat(run("monitor", "--region", "x", "--window", "many")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Invalid value for option '--window': 'many' is not an int");
		assertThat(run("monitor", "--region", "x", "extra")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Unmatched argument at index 3: 'extra'");
		assertThat(run("monitor", "--region")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("Missing required parameter for option '--region' (ID)");
		assertThat(run("monitor-benchmark", "--runs", "0")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("--cities and --runs must be at least 1");
		assertThat(run("benchmark", "--starts", "0")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).startsWith("--starts must be at least 1");
		assertThat(run("monitor", "--help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Usage: integrity-graph monitor ")
			.contains("--region=ID", "--from=yyyy-MM", "--window=N");
	}

	/** The jar's command line; starting the application would fail the test. */
	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return new Commands(NotStarted.class).execute(IntegrityGraphApplication.commands(),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), args);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	/** Fails when constructed: the application must not start. */
	static final class NotStarted {

		NotStarted() {
			throw new AssertionError("the application was started");
		}

	}

}
