package org.integritygraph.monitoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.monitoring.MonitoringResult.IndicatorResult;
import org.integritygraph.monitoring.MonitoringResult.UnitResult;
import org.integritygraph.monitoring.MonitoringResult.WarningResult;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.security.Role;
import org.integritygraph.support.TestCallers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Monthly monitoring on the fixture {@code monitoring/region.jsonl}, October 2026 on the default 12-month window
 * ([2025-11-01, 2026-11-01)); every value below is counted by hand from the fixture.
 */
class MonitoringServiceTests {

	static final String OCTOBER = "2026-10";

	@BeforeEach
	void graph() {
		MonitoringFixture.load();
	}

	static MonitoringResult october() {
		return MonitoringFixture.investigator().result("mo-city", OCTOBER, null).orElseThrow();
	}

	static Map<IndicatorKey, Double> values(UnitResult unit) {
		return unit.indicators().stream().collect(Collectors.toMap(IndicatorResult::key, IndicatorResult::value));
	}

	static List<String> factIds(UnitResult unit, IndicatorKey key) {
		return unit.indicator(key).facts().stream().map(Fact::id).toList();
	}

	@AfterEach
	void publicAgain() {
		TestCallers.clear();
	}

	@Test
	void overdueCommitmentsAndArrears_areTheStateAtMonthEnd() {
		var a = october().unit("mo-a");
		assertThat(values(a)).containsEntry(IndicatorKey.OVERDUE_COMMITMENTS, 3.0)
			.containsEntry(IndicatorKey.OVERDUE_AMOUNT, 6_000_000.0)
			.containsEntry(IndicatorKey.ARREARS_AMOUNT, 6_000_000.0);
		assertThat(factIds(a, IndicatorKey.OVERDUE_COMMITMENTS)).containsExactlyInAnyOrder("mo-a1", "mo-a2", "mo-a3");
		// a commitment due on the month's last day is not overdue yet: mo-a1 (due 07-31) counts from August
		assertThat(a.indicator(IndicatorKey.OVERDUE_AMOUNT).series().subList(8, 12))
			.containsExactly(0.0, 2_000_000.0, 5_000_000.0, 6_000_000.0);
		// inherited from the abolished predecessor (SUCCEEDED_BY 2025-01-01)
		var d = october().unit("mo-d");
		assertThat(values(d)).containsEntry(IndicatorKey.OVERDUE_COMMITMENTS, 1.0)
			.containsEntry(IndicatorKey.OVERDUE_AMOUNT, 1_500_000.0)
			.containsEntry(IndicatorKey.ARREARS_AMOUNT, 1_500_000.0);
		assertThat(factIds(d, IndicatorKey.OVERDUE_COMMITMENTS)).containsExactly("mo-d1");
	}

	@Test
	void brokenCommitments_countWhenBrokenInTheWindow_forTheBodyTheyLieUnder() {
		var b = october().unit("mo-b");
		assertThat(values(b)).containsEntry(IndicatorKey.BROKEN_COMMITMENTS, 1.0)
			.containsEntry(IndicatorKey.BROKEN_AMOUNT, 500_000.0)
			.containsEntry(IndicatorKey.ARREARS_AMOUNT, 0.0)
			.containsEntry(IndicatorKey.OVERDUE_COMMITMENTS, 0.0);
		assertThat(b.indicator(IndicatorKey.BROKEN_COMMITMENTS).facts()).extracting(Fact::id, Fact::bodyId, Fact::on)
			.containsExactly(tuple("mo-b1", "mo-b-sub", java.time.LocalDate.of(2026, 4, 15)));
	}

	@Test
	void newRecords_countBySeverityInTheWindow_notRevokedOrExempted_repairedOnesIncluded() {
		var result = october();
		assertThat(values(result.unit("mo-a"))).containsEntry(IndicatorKey.NEW_RECORDS_SERIOUS, 1.0);
		assertThat(values(result.unit("mo-b"))).containsEntry(IndicatorKey.NEW_RECORDS_GENERAL, 1.0)
			.containsEntry(IndicatorKey.NEW_RECORDS_MINOR, 0.0)
			.containsEntry(IndicatorKey.REPAIRS, 1.0);
		// mo-rc2 (2025-06-01) is before the window
		assertThat(values(result.unit("mo-c"))).containsEntry(IndicatorKey.NEW_RECORDS_GENERAL, 0.0)
			.containsEntry(IndicatorKey.COMMENDATIONS, 1.0);
		assertThat(values(result.unit("mo-d"))).containsEntry(IndicatorKey.NEW_RECORDS_MINOR, 1.0);
		assertThat(values(result.unit("mo-e"))).allSatisfy((key, value) -> assertThat(value).as(key.name()).isZero());
	}

	@Test
	void objectionsBeyondTheDeadline_countForTheIssuer() {
		var c = october().unit("mo-c");
		assertThat(c.indicator(IndicatorKey.OVERDUE_OBJECTIONS).facts()).extracting(Fact::id, Fact::days)
			.containsExactly(tuple("mo-rx", 60));
		// on 2026-09-30 it had been pending 29 days (deadline 20): already overdue; on 2026-09-15 not yet
		assertThat(c.indicator(IndicatorKey.OVERDUE_OBJECTIONS).series().subList(9, 12)).containsExactly(0.0, 1.0, 1.0);
	}

	@Test
	void theRegion_addsUpAllItsBodies_itsOwnFactsIncluded_nothingFromOutside() {
		var region = october().region();
		assertThat(values(region)).containsEntry(IndicatorKey.OVERDUE_COMMITMENTS, 4.0)
			.containsEntry(IndicatorKey.OVERDUE_AMOUNT, 7_500_000.0)
			.containsEntry(IndicatorKey.ARREARS_AMOUNT, 7_500_000.0)
			.containsEntry(IndicatorKey.BROKEN_COMMITMENTS, 1.0)
			.containsEntry(IndicatorKey.NEW_RECORDS_SERIOUS, 1.0)
			.containsEntry(IndicatorKey.NEW_RECORDS_GENERAL, 2.0)
			.containsEntry(IndicatorKey.NEW_RECORDS_MINOR, 1.0)
			.containsEntry(IndicatorKey.OVERDUE_OBJECTIONS, 1.0)
			.containsEntry(IndicatorKey.REPAIRS, 1.0)
			.containsEntry(IndicatorKey.COMMENDATIONS, 1.0);
	}

	@Test
	void ranking_ordersByCompositeScore_equalScoresShareARank() {
		var result = october();
		assertThat(result.units()).extracting(UnitResult::bodyId, UnitResult::rank, UnitResult::score)
			.containsExactly(tuple("mo-c", 1, 100.0), tuple("mo-e", 1, 100.0), tuple("mo-d", 3, 91.0),
					tuple("mo-b", 4, 90.5), tuple("mo-a", 5, 66.0));
		// 100 − 4×3 − 1×6 (overdue amount, million yuan) − 1×6 (arrears) − 10×1 (serious record) = 66
		var a = result.unit("mo-a");
		assertThat(a.indicators()).filteredOn(i -> i.points() != 0)
			.extracting(IndicatorResult::key, IndicatorResult::points)
			.containsExactly(tuple(IndicatorKey.OVERDUE_COMMITMENTS, -12.0), tuple(IndicatorKey.OVERDUE_AMOUNT, -6.0),
					tuple(IndicatorKey.ARREARS_AMOUNT, -6.0), tuple(IndicatorKey.NEW_RECORDS_SERIOUS, -10.0));
		assertThat(a.scoreSeries().subList(3, 12)).containsExactly(100.0, 90.0, 90.0, 90.0, 90.0, 90.0, 82.0, 72.0, 66.0);
		assertThat(result.seriesMonths()).startsWith("2025-11").endsWith("2026-10").hasSize(12);
		assertThat(result.stored()).isFalse();
	}

	@Test
	void warnings_ofThresholdsAndTrends_withTheirFacts() {
		var result = october();
		assertThat(result.warnings()).extracting(WarningResult::bodyId, WarningResult::ruleId, WarningResult::level)
			.containsExactly(tuple("mo-a", "serious-record", WarningLevel.RED),
					tuple("mo-a", "overdue-commitments", WarningLevel.ORANGE),
					tuple("mo-a", "overdue-trend", WarningLevel.ORANGE),
					tuple("mo-b", "broken-commitment", WarningLevel.ORANGE),
					tuple("mo-a", "low-score", WarningLevel.YELLOW),
					tuple("mo-c", "overdue-objections", WarningLevel.YELLOW));
		var trend = result.warnings().stream().filter(w -> w.ruleId().equals("overdue-trend")).findFirst().orElseThrow();
		assertThat(trend.series().subList(8, 12)).containsExactly(0.0, 2_000_000.0, 5_000_000.0, 6_000_000.0);
		assertThat(trend.facts()).extracting(Fact::id).containsExactlyInAnyOrder("mo-a1", "mo-a2", "mo-a3");
		assertThat(trend.answerFor().type()).isEqualTo("COMMITMENT");
		assertThat(result.warnings()).filteredOn(w -> w.ruleId().equals("overdue-objections"))
			.extracting(WarningResult::answerFor)
			.containsExactly((Fact) null);
	}

	@Test
	void publicCaller_seesNoDetailOfRecordsThatAreNotPublic() {
		var result = MonitoringFixture.publicService().result("mo-city", OCTOBER, null).orElseThrow();
		var repairs = result.unit("mo-b").indicator(IndicatorKey.REPAIRS);
		assertThat(repairs.value()).isEqualTo(1.0);
		assertThat(repairs.facts()).extracting(Fact::hidden, Fact::id, Fact::title).containsExactly(tuple(true, null, null));
		assertThat(result.unit("mo-a").indicator(IndicatorKey.NEW_RECORDS_SERIOUS).facts()).extracting(Fact::id)
			.containsExactly("mo-ra1");
	}

	@Test
	void closedMonth_isStoredOnce_andRecomputingItChangesNothing() {
		var service = MonitoringFixture.investigator();
		var first = service.close("mo-city", YearMonth.of(2026, 10), null, MonitoringFixture.MONITOR, () -> {
		});
		assertThat(first.stored()).isTrue();
		// the stored month is an entry of the audit trail: the snapshot and one entry per ranked body
		var audited = TestNeo4j.driver().executableQuery("""
				MATCH (e:AuditEntry {operation: 'storeMonitoringSnapshot'})-[:HAS_CHANGE]->(c:AuditChange)
				RETURN e.actor AS actor, e.channel AS channel, collect(c.type + ' ' + c.entityId) AS changes""")
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records();
		assertThat(audited).singleElement().satisfies(entry -> {
			assertThat(entry.get("actor").asString()).isEqualTo("monitor");
			assertThat(entry.get("channel").asString()).isEqualTo("COMMAND");
			assertThat(entry.get("changes").asList(Object::toString)).contains("\"MonitoringSnapshot mo-city|2026-10|12\"",
					"\"MonitoringEntry mo-city|2026-10|12|mo-e\"")
				.hasSize(first.result().units().size() + 1);
		});
		var stored = TestNeo4j.snapshot();
		// a fact recorded later, back-dated into October, changes the live computation ...
		TestNeo4j.driver().executableQuery("""
				MATCH (e:Body {id: 'mo-e'}), (court:Body {id: 'mo-court'})
				CREATE (r:Entity:Record {id: 'mo-late', kind: 'STATISTICAL_FRAUD', severity: 'SERIOUS', status: 'RECORDED',
				        title: '补录', decidedOn: date('2026-10-15'), disclosureUntil: date('2031-10-15')})
				CREATE (r)-[:AGAINST]->(e), (r)-[:ISSUED_BY]->(court)""").withConfig(TestNeo4j.queryConfig()).execute();
		assertThat(service.compute("mo-city", YearMonth.of(2026, 10), 12, () -> {
		}).orElseThrow().unit("mo-e").score()).isEqualTo(90.0);
		// ... but not the closed month: reading it and closing it again give the stored snapshot, unchanged
		var afterChange = TestNeo4j.snapshot();
		var again = service.close("mo-city", YearMonth.of(2026, 10), null, MonitoringFixture.MONITOR, () -> {
		});
		assertThat(again.stored()).isFalse();
		assertThat(TestNeo4j.snapshot()).isEqualTo(afterChange);
		var read = service.result("mo-city", OCTOBER, null).orElseThrow();
		assertThat(read.stored()).isTrue();
		assertThat(read.unit("mo-e").score()).isEqualTo(100.0);
		assertThat(read.units()).extracting(UnitResult::bodyId).isEqualTo(first.result().units().stream().map(UnitResult::bodyId).toList());
		assertThat(read.computedAt()).isEqualTo(first.result().computedAt());
		assertThat(stored.nodes()).isLessThan(afterChange.nodes());
	}

	@Test
	void openMonth_isNotStored_badArgumentsAreTyped() {
		var service = MonitoringFixture.investigator();
		assertThatThrownBy(() -> service.close("mo-city", YearMonth.of(2026, 11), null, MonitoringFixture.MONITOR, () -> {
		})).isInstanceOf(InvalidArgumentException.class).extracting("argument").isEqualTo("month");
		assertThatThrownBy(() -> service.result("mo-city", "2026-13", null)).isInstanceOf(InvalidArgumentException.class)
			.extracting("argument")
			.isEqualTo("month");
		assertThatThrownBy(() -> service.result("mo-city", OCTOBER, 0)).isInstanceOf(InvalidArgumentException.class)
			.extracting("argument")
			.isEqualTo("window");
		assertThat(service.result("nowhere", OCTOBER, null)).isEmpty();
		// the default month is the last closed one
		assertThat(service.month(null)).isEqualTo(YearMonth.of(2026, 10));
	}

	@Test
	void aShorterWindow_countsFewerFlows() {
		var result = MonitoringFixture.investigator().result("mo-city", OCTOBER, 6).orElseThrow();
		assertThat(result.window()).isEqualTo(6);
		// [2026-05-01, 2026-11-01): mo-ra1 (03-10) and mo-rb1 (02-01) fall out, mo-rb1's repair (06-20) stays
		assertThat(values(result.unit("mo-a"))).containsEntry(IndicatorKey.NEW_RECORDS_SERIOUS, 0.0);
		assertThat(values(result.unit("mo-b"))).containsEntry(IndicatorKey.NEW_RECORDS_GENERAL, 0.0)
			.containsEntry(IndicatorKey.REPAIRS, 1.0)
			.containsEntry(IndicatorKey.BROKEN_COMMITMENTS, 0.0);
	}

	@Test
	void bodyIndicators_areThoseOfTheStoredSnapshotInWhichItIsRanked() {
		var service = MonitoringFixture.investigator();
		var live = service.resultFor("mo-b", OCTOBER, null).orElseThrow();
		assertThat(live.regionId()).isEqualTo("mo-b");
		assertThat(values(live.region())).containsEntry(IndicatorKey.BROKEN_COMMITMENTS, 1.0);
		service.close("mo-city", YearMonth.of(2026, 10), null, MonitoringFixture.MONITOR, () -> {
		});
		var stored = service.resultFor("mo-b", OCTOBER, null).orElseThrow();
		assertThat(stored.regionId()).isEqualTo("mo-city");
		assertThat(stored.stored()).isTrue();
		assertThat(stored.unit("mo-b").rank()).isEqualTo(4);
	}


	@Test
	void publishedTable_changesTheWeightsOfMonthsEndingFromItsDateInItsArea() {
		TestCallers.actAs(Role.ADMIN);
		var tables = MonitoringFixture.monitoringTables();
		var content = new MonitoringTable.Content(100, 12, 20,
				List.of(new MonitoringTable.Indicator(IndicatorKey.OVERDUE_COMMITMENTS, -10, 1, null)),
				List.of(new MonitoringTable.WarningRule("many-overdue", "THRESHOLD", IndicatorKey.OVERDUE_COMMITMENTS, 3.0,
						null, WarningLevel.RED)));
		var published = tables.publish("9901", java.time.LocalDate.of(2026, 10, 1), content, "只看逾期承诺");
		assertThat(published.version()).isEqualTo(1);
		var audited = org.integritygraph.support.TestNeo4j.driver().executableQuery("""
				MATCH (e:AuditEntry {reason: '只看逾期承诺'})-[:HAS_CHANGE]->(c:AuditChange)-[:AFTER]->(s:AuditState)
				RETURN e.operation AS operation, e.actor AS actor, c.operation + ' ' + c.type AS change, s.version AS version""")
			.withConfig(org.integritygraph.support.TestNeo4j.queryConfig())
			.execute()
			.records();
		assertThat(audited).singleElement().satisfies(row -> {
			assertThat(row.get("operation").asString()).startsWith("publish ");
			assertThat(row.get("actor").asString()).isEqualTo("test-admin");
			assertThat(row.get("change").asString()).isEqualTo("CREATED PolicyTable");
			assertThat(row.get("version").asInt()).isEqualTo(1);
		});
		var october = october();
		assertThat(october.tableVersion()).isEqualTo(1);
		assertThat(october.tableScope()).isEqualTo("9901");
		assertThat(october.units()).extracting(UnitResult::bodyId, UnitResult::score)
			.startsWith(tuple("mo-b", 100.0))
			.endsWith(tuple("mo-a", 70.0));
		assertThat(october.warnings()).extracting(WarningResult::bodyId, WarningResult::ruleId)
			.containsExactly(tuple("mo-a", "many-overdue"));
		// September ends before the version's date: the built-in table still applies
		assertThat(MonitoringFixture.investigator().result("mo-city", "2026-09", null).orElseThrow().tableVersion()).isZero();
	}

	@Test
	void badTable_isRefusedNamingTheField_andNothingIsWritten() {
		TestCallers.actAs(Role.ADMIN);
		var tables = MonitoringFixture.monitoringTables();
		var before = TestNeo4j.snapshot();
		var noIndicator = new MonitoringTable.Content(100, 12, 20, List.of(),
				List.of(new MonitoringTable.WarningRule("w", "TREND", IndicatorKey.OVERDUE_AMOUNT, null, 3, WarningLevel.RED)));
		assertThatThrownBy(() -> tables.publish("", java.time.LocalDate.of(2027, 1, 1), noIndicator, "x"))
			.isInstanceOf(InvalidArgumentException.class)
			.extracting("argument")
			.isEqualTo("input.indicators");
		var badScope = MonitoringTables.builtInTable().content();
		assertThatThrownBy(() -> tables.publish("99-01", java.time.LocalDate.of(2027, 1, 1), badScope, "x"))
			.isInstanceOf(InvalidArgumentException.class)
			.extracting("argument")
			.isEqualTo("input.scope");
		assertThatThrownBy(() -> tables.publish("99", java.time.LocalDate.of(2027, 1, 1), badScope, " "))
			.isInstanceOf(InvalidArgumentException.class)
			.extracting("argument")
			.isEqualTo("input.reason");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}


	@Test
	void aMonth_isReadInOnePass_fourQueriesWhateverTheNumberOfBodies() {
		var reader = MonitoringFixture.reader();
		var service = MonitoringFixture.service(MonitoringFixture.EVERYTHING, reader);
		long before = reader.queriesExecuted();
		service.compute("mo-city", YearMonth.of(2026, 10), 12, () -> {
		});
		// the region's tree, then the commitments, records and objections of all its bodies (the table in force is
		// one more read, by the table store)
		assertThat(reader.queriesExecuted() - before).isEqualTo(4);
	}

}
