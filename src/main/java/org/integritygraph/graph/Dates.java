package org.integritygraph.graph;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * The one clock of the application: "today" (the default of every {@code at: Date} argument) in the zone of
 * {@code integrity.time-zone}, and the current instant for generation times.
 */
@Component
public class Dates {

	private final Clock clock;

	public Dates(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The current instant, e.g. when a report was generated. */
	public Instant now() {
		return this.clock.instant();
	}

	public LocalDate orToday(LocalDate at) {
		return (at != null) ? at : today();
	}

}
