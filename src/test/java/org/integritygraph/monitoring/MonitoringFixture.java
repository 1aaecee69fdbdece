package org.integritygraph.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.integritygraph.audit.AuditTrail;
import org.integritygraph.disclosure.RecordVisibility;
import org.integritygraph.graph.Database;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.policy.PolicyTables;
import org.integritygraph.security.Actor;
import org.integritygraph.security.Actors;
import org.integritygraph.support.TestNeo4j;

/**
 * The monitoring fixture ({@code monitoring/region.jsonl}): the city {@code mo-city} with five departments
 * {@code mo-a} … {@code mo-e} (mo-b with a centre under it, mo-d the successor of an abolished bureau), a court, and a
 * city outside the region; the services built on it without Spring, today being 2026-11-22.
 */
final class MonitoringFixture {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final RecordVisibility EVERYTHING = (record, status, on) -> true;

	private MonitoringFixture() {
	}

	static void load() {
		TestNeo4j.resetGraph();
		TestNeo4j.load("monitoring/region.jsonl");
	}

	static GraphReader reader() {
		return TestNeo4j.reader();
	}

	static Dates dates() {
		return new Dates(clock());
	}

	private static Clock clock() {
		var zone = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(TODAY.atStartOfDay(zone).plusHours(9).toInstant(), zone);
	}

	/** The audit trail, stamping entries with the fixture's clock. */
	static AuditTrail trail() {
		return new AuditTrail(clock());
	}

	/** The actor of the {@code monitor} command. */
	static final Actor MONITOR = Actor.of(Actor.Channel.COMMAND, "monitor", null);

	static PolicyTables tables() {
		return new PolicyTables(reader(), TestNeo4j.driver(), Database.named(TestNeo4j.DATABASE), dates(),
				new Actors(), trail());
	}

	static MonitoringTables monitoringTables() {
		return new MonitoringTables(tables());
	}

	static MonitoringService service(RecordVisibility visibility) {
		return service(visibility, reader());
	}

	static MonitoringService service(RecordVisibility visibility, GraphReader reader) {
		return new MonitoringService(new MonitoringQueries(reader, TestNeo4j.namedQueries()), monitoringTables(),
				new SnapshotStore(reader, TestNeo4j.driver(), Database.named(TestNeo4j.DATABASE), trail()), visibility,
				reader,
				dates());
	}

	static MonitoringService investigator() {
		return service(EVERYTHING);
	}

	static MonitoringService publicService() {
		return service(RecordVisibility.PUBLIC);
	}

}
