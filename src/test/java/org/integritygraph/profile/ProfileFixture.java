package org.integritygraph.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.integritygraph.disclosure.RecordVisibility;
import org.integritygraph.graph.Database;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.policy.PolicyTables;
import org.integritygraph.security.Actors;
import org.integritygraph.support.TestNeo4j;

/**
 * The credit-profile fixture ({@code profile/credit.jsonl}) on the suite's Neo4j, and the profile services
 * built on it without Spring: a city housing bureau with a repaired, a serious and an inherited expired record
 * and a commendation, a person and a company with one record each, and three commitments.
 */
final class ProfileFixture {

	static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

	/** Everything visible: the view of an investigator. */
	static final RecordVisibility EVERYTHING = (record, status, on) -> true;

	private ProfileFixture() {
	}

	static void load() {
		TestNeo4j.resetGraph();
		TestNeo4j.load("profile/credit.jsonl");
	}

	static GraphReader reader() {
		return TestNeo4j.reader();
	}

	static Dates dates() {
		var zone = ZoneId.of("Asia/Shanghai");
		return new Dates(Clock.fixed(TODAY.atStartOfDay(zone).toInstant(), zone));
	}

	static PolicyTables tables() {
		return new PolicyTables(reader(), TestNeo4j.driver(), Database.named(TestNeo4j.DATABASE), dates(),
				new Actors(), new org.integritygraph.audit.AuditTrail(java.time.Clock.systemUTC()));
	}

	static ConsequenceRules rules() {
		return new ConsequenceRules(tables());
	}

	static CreditProfileService service(RecordVisibility visibility) {
		return new CreditProfileService(reader(), TestNeo4j.namedQueries(), rules(), visibility, dates());
	}

	static CreditProfileService publicService() {
		return service(RecordVisibility.PUBLIC);
	}

}
