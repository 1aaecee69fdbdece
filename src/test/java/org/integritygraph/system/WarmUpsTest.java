package org.integritygraph.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-ups run one after the other after readiness; one that fails does not stop the next. */
class WarmUpsTest {

	@Test
	void turnedOff_theWarmUpsAreCancelledAtStartUp_andNoneRuns() {
		var ran = new ArrayList<String>();
		var warmUps = new WarmUps(List.of(() -> {
			ran.add("first");
			return Duration.ofMillis(1);
		}), false);
		warmUps.onReady();
		assertThat(warmUps.done()).isCancelled();
		assertThat(ran).isEmpty();
	}

	@Test
	void eachRunsInItsOrder_aFailureIsSkipped_andTheDurationsAdd() {
		var ran = new ArrayList<String>();
		var warmUps = new WarmUps(List.of(() -> {
			ran.add("request path");
			return Duration.ofMillis(2);
		}, () -> {
			ran.add("failing");
			throw new IllegalStateException("no database");
		}, () -> {
			ran.add("trace queries");
			return Duration.ofMillis(3);
		}), true);
		assertThat(warmUps.warmUp()).isEqualTo(Duration.ofMillis(5));
		assertThat(ran).containsExactly("request path", "failing", "trace queries");
	}

}
