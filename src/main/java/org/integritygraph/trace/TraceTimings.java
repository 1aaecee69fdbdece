package org.integritygraph.trace;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * First-call and later-call timings of each trace operation, for a benchmark: {@link #measure} runs every
 * operation several times on given ids and returns how long each run took. The first run of an operation in a
 * fresh process includes the planning of its queries, unless {@link TraceWarmUp} planned them already; the
 * later runs show the plan cache at work.
 */
@Component
public class TraceTimings {

	/** The ids (and date) to trace: one of each kind the operations take. */
	public record Samples(String personId, String postId, String projectId, String commitmentId, String recordId,
			String bodyId, String fromId, String toId, LocalDate at) {

		/** Ids of the sample city (青禾市, {@code docs/sample-data.md}) on its "today", 2026-11-22. */
		public static Samples sampleCity() {
			return new Samples("pe-ma-jun", "po-water-director", "pj-qinghe-river-ppp", "cm-ringroad-subsidy-2020",
					"rc-qin-yong-sanction", "bd-city-housing", "pe-zhuo-yue", "91990100465193850K",
					LocalDate.of(2026, 11, 22));
		}

	}

	/** The runs of one operation, in order: {@link #first()} and the median of the others. */
	public record Timing(String operation, List<Duration> runs) {

		public Duration first() {
			return this.runs.getFirst();
		}

		/** The median of the runs after the first (the first itself when there is only one). */
		public Duration later() {
			if (this.runs.size() == 1) {
				return first();
			}
			var later = new ArrayList<>(this.runs.subList(1, this.runs.size()));
			later.sort(Duration::compareTo);
			return later.get(later.size() / 2);
		}

	}

	private final TraceService trace;

	TraceTimings(TraceService trace) {
		this.trace = trace;
	}

	/** Runs each operation {@code runs} (≥ 1) times, one operation after the other, and times every run. */
	public List<Timing> measure(Samples samples, int runs) {
		var at = samples.at();
		Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
		operations.put("leadershipChain", () -> this.trace.leadershipChainOfPerson(samples.personId(), at));
		operations.put("projectAccountability", () -> this.trace.projectAccountability(samples.projectId(), at));
		operations.put("responsibilityTrace(commitment)",
				() -> this.trace.responsibilityTraceOfCommitment(samples.commitmentId(), at));
		operations.put("responsibilityTrace(record)", () -> this.trace.responsibilityTraceOfRecord(samples.recordId(), at));
		operations.put("overdueCommitments", () -> this.trace.overdueCommitments(samples.bodyId(), at));
		operations.put("connections", () -> this.trace.connections(samples.fromId(), samples.toId(), 4, null));
		operations.put("neighbourhood", () -> this.trace.neighbourhood(samples.postId(), 2, null, 20, null));
		var timings = new ArrayList<Timing>();
		operations.forEach((name, operation) -> {
			var durations = new ArrayList<Duration>();
			for (int i = 0; i < Math.max(1, runs); i++) {
				long start = System.nanoTime();
				operation.get();
				durations.add(Duration.ofNanos(System.nanoTime() - start));
			}
			timings.add(new Timing(name, List.copyOf(durations)));
		});
		return List.copyOf(timings);
	}

}
