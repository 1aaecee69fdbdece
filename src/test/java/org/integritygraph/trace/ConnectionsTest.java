package org.integritygraph.trace;

import org.integritygraph.support.TestNeo4j;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.integritygraph.graph.InvalidArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Question 7 of the domain: paths connecting an official to a company (fixture {@code city}). */
class ConnectionsTest {

	private static final String WATER_COMPANY = "91990100MA0000001X";

	private static TraceService trace;

	@BeforeAll
	static void loadFixture() {
		TestNeo4j.replaceGraph("trace/city.jsonl");
		trace = TestNeo4j.traceService();
	}

	/** {@code a -TYPE-> b <-TYPE- c}: the path with the direction of every edge. */
	private static String render(TracePath path) {
		var text = new StringBuilder(path.nodes().getFirst().id());
		for (int i = 0; i < path.edges().size(); i++) {
			var edge = path.edges().get(i);
			var next = path.nodes().get(i + 1).id();
			text.append(edge.target().equals(next) ? " -" + edge.type() + "-> " : " <-" + edge.type() + "- ")
				.append(next);
		}
		return text.toString();
	}

	@Test
	void connections_findTheShortestPathBetweenAnOfficialAndACompany() {
		var result = trace.connections("pe-zhou-nan", WATER_COMPANY, 6, null).orElseThrow();
		assertThat(result.paths()).map(ConnectionsTest::render)
			.containsExactly("pe-zhou-nan <-SIGNED_BY- cm-payment -TO-> " + WATER_COMPANY);
		assertThat(result.paths().getFirst().edges().getFirst().on()).isEqualTo(LocalDate.parse("2019-12-01"));
		assertThat(result.truncated()).isFalse();
		assertThat(result.graph().nodes()).extracting(TraceNode::id)
			.containsExactlyInAnyOrder("pe-zhou-nan", "cm-payment", WATER_COMPANY);
	}

	@Test
	void connections_followOnlyTheRelationshipTypesAsked() {
		var result = trace.connections("pe-zhou-nan", WATER_COMPANY, 6, Set.of("HELD", "IN", "PARTY", "REPORTS_TO"))
			.orElseThrow();
		assertThat(result.paths()).map(ConnectionsTest::render)
			.containsExactly("pe-zhou-nan -HELD-> po-fgw-economist -IN-> bd-fgw <-PARTY- ct-sewage -PARTY-> "
					+ WATER_COMPANY);
		var held = result.paths().getFirst().edges().getFirst();
		assertThat(held.validFrom()).isEqualTo(LocalDate.parse("2016-01-01"));
		assertThat(held.validTo()).isEqualTo(LocalDate.parse("2022-01-01"));
		assertThat(result.paths().getFirst().edges().get(2).role()).isEqualTo("GRANTOR");
	}

	@Test
	void connections_areEmptyWhenThePathsAreLongerThanMaxHops() {
		var result = trace.connections("pe-zhou-nan", WATER_COMPANY, 3, Set.of("HELD", "IN", "PARTY", "REPORTS_TO"))
			.orElseThrow();
		assertThat(result.paths()).isEmpty();
		assertThat(result.maxHops()).isEqualTo(3);
	}

	@Test
	void connections_areEmptyBetweenUnconnectedEntities() {
		var result = trace.connections("pe-loop", WATER_COMPANY, 6, Set.of("HELD", "REPORTS_TO")).orElseThrow();
		assertThat(result.paths()).isEmpty();
		assertThat(result.from()).isInstanceOf(org.integritygraph.model.entity.Person.class);
		assertThat(result.to()).isInstanceOf(org.integritygraph.model.entity.Company.class);
	}

	@Test
	void connections_joinAnEntityToItselfByTheEmptyPath() {
		var result = trace.connections("pe-zhou-nan", "pe-zhou-nan", 6, null).orElseThrow();
		assertThat(result.paths()).map(ConnectionsTest::render).containsExactly("pe-zhou-nan");
	}

	@Test
	void connections_ofUnknownIdsAreEmpty() {
		assertThat(trace.connections("pe-nobody", WATER_COMPANY, 6, null)).isEmpty();
		assertThat(trace.connections("pe-zhou-nan", "co-nothing", 6, null)).isEmpty();
	}

	@Test
	void connections_allowAtMostSixHops() {
		assertThatThrownBy(() -> trace.connections("pe-zhou-nan", WATER_COMPANY, 7, null))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("maxHops")
			.extracting(ex -> ((InvalidArgumentException) ex).argument())
			.isEqualTo("maxHops");
		assertThatThrownBy(() -> trace.connections("pe-zhou-nan", WATER_COMPANY, 0, null))
			.isInstanceOf(InvalidArgumentException.class);
	}

}
