package org.integritygraph.graph;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** "Today" for the {@code at: Date} arguments that default to the current date. */
@Component
public class Dates {

	private final Clock clock;

	Dates(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public LocalDate orToday(LocalDate at) {
		return (at != null) ? at : today();
	}

}
