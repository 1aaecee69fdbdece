package org.integritygraph.monitoring;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The arguments of {@code monitor}, without a database. */
class MonitorCommandArgumentsTest {

	static final YearMonth LAST_CLOSED = YearMonth.of(2026, 10);

	static MonitorCommand.Arguments parse(String... args) {
		return MonitorCommand.Arguments.parse(List.of(args), LAST_CLOSED);
	}

	@Test
	void aMonth_aRangeOfMonths_orTheLastClosedOne() {
		assertThat(parse("--region", "bd-city").months()).containsExactly(LAST_CLOSED);
		assertThat(parse("--region", "bd-city", "--month", "2026-08").months()).containsExactly(YearMonth.of(2026, 8));
		assertThat(parse("--region", "bd-city", "--from", "2026-08", "--to", "2026-10", "--window", "6"))
			.extracting(MonitorCommand.Arguments::months, MonitorCommand.Arguments::window)
			.containsExactly(List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10)), 6);
	}

	@Test
	void badArguments_sayWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--month", "2026-10"))
			.withMessage("--region is required");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--region", "x", "--month", "2026-13"))
			.withMessage("--month must be a month like 2026-10");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--region", "x", "--from", "2026-10"))
			.withMessage("--from and --to go together");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--region", "x", "--from", "2026-10", "--to", "2026-01"))
			.withMessage("--to is before --from");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--region", "x", "--month", "2026-10", "--to", "2026-11"))
			.withMessage("give either --month or --from and --to");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--region", "x", "--window", "many"))
			.withMessage("--window must be a number of months");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("region", "x")).withMessage("unknown argument 'region'");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--region")).withMessage("--region needs a value");
	}

}
