package org.integritygraph.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.integritygraph.graph.Database;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.graph.Viewer;
import org.integritygraph.trace.TraceLimits;
import org.integritygraph.trace.TraceService;

/**
 * The raw Cypher of a trace request: the queries the service runs for it, in order, with their parameters. A
 * trace's later queries take what its first one found, so they are not written out here: the trace is run once,
 * over Bolt, through a reader that records every query it is given, as a caller who sees everything (as the
 * benchmark's admin requests do). The benchmark's raw side then runs exactly these.
 */
final class RecordedQueries extends GraphReader {

	/** One query as the service sends it: its text and every parameter (the disclosure rules' included). */
	record Query(String cypher, Map<String, Object> parameters) {
	}

	private final List<Query> recorded = new ArrayList<>();

	private RecordedQueries(Driver driver) {
		super(driver, Database.named(null), new SimpleMeterRegistry(), Duration.ofMinutes(5));
	}

	@Override
	public <T> List<T> list(Viewer viewer, String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		this.recorded.add(new Query(cypher, viewer.with(parameters)));
		return super.list(viewer, cypher, parameters, mapper);
	}

	/** The queries {@code trace} runs, as a caller who sees everything on {@code today}. */
	static List<Query> of(Driver driver, LocalDate today, Consumer<TraceService> trace) {
		var reader = new RecordedQueries(driver);
		var queries = new NamedQueries(List.of(new TraceLimits()));
		trace.accept(new TraceService(reader, queries, new Dates(Clock.systemDefaultZone()))
			.as(Viewer.internal(today, null)));
		return List.copyOf(reader.recorded);
	}

}
