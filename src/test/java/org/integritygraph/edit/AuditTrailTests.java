package org.integritygraph.edit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.KnownAt;
import org.integritygraph.support.GraphSnapshot;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail: every edit recorded with who, when, what before and after, and why; the history of an
 * entity; the log for auditors; the change feed; and reads as of a recorded time, which answer from the
 * graph exactly as it was then.
 */
class AuditTrailTests extends EditingTest {

	private static final List<String> EDITS = List.of("""
			mutation { fileObjection(input: {recordId: "rc-road-penalty", on: "2023-03-20", reason: "认定事实有误"}) {
			  audit { sequence at } userErrors { code } } }""", """
			mutation { correctRecord(input: {recordId: "rc-road-penalty", on: "2023-04-01", reason: "更正文号",
			                                 corrections: {docNo: "青发改罚〔2023〕3号"}}) { audit { sequence at } userErrors { code } } }""", """
			mutation { rejectObjection(input: {recordId: "rc-road-penalty", on: "2023-04-30", reason: "异议不成立"}) {
			  audit { sequence at } userErrors { code } } }""", """
			mutation { updateBody(input: {id: "bd-transport", nameEn: "Qinghe Transport Bureau", reason: "英文名"}) {
			  audit { sequence at } userErrors { code } } }""", """
			mutation { endTenure(input: {personId: "pe-liu", postId: "po-transport-director", to: "2024-03-15", reason: "调任"}) {
			  audit { sequence at } userErrors { code } } }""", """
			mutation { appoint(input: {personId: "pe-wu", postId: "po-transport-director", from: "2024-03-15", reason: "任命"}) {
			  audit { sequence at } userErrors { code } } }""");

	@Autowired
	GraphReader reader;

	@Autowired
	org.integritygraph.audit.AuditWarmUp auditWarmUp;

	@Test
	void theAuditWarmUp_plansTheTrailsReads_andWritesNothing() {
		var before = TestNeo4j.snapshot();
		long queries = this.reader.queriesExecuted();
		assertThat(this.auditWarmUp.warmUp()).isPositive();
		assertThat(this.reader.queriesExecuted() - queries).as("the log, history, changes, feed, derived states")
			.isGreaterThanOrEqualTo(7);
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void readsAsOfARecordedTime_answerFromTheGraphAsItWasThen_afterEveryEdit() {
		var states = new ArrayList<GraphSnapshot>();
		var times = new ArrayList<OffsetDateTime>();
		var initial = TestNeo4j.snapshot().facts();
		for (var edit : EDITS) {
			var response = post(edit);
			var mutation = response.<Map<String, Object>>read("$.data").keySet().iterator().next();
			assertThat(errorCodes(response, mutation)).as(mutation).isEmpty();
			times.add(OffsetDateTime.parse(response.read("$.data." + mutation + ".audit.at")));
			states.add(TestNeo4j.snapshot().facts());
		}
		for (int i = 0; i < EDITS.size(); i++) {
			assertThat(snapshotKnownAt(times.get(i))).as("the graph as recorded after edit %d", i + 1)
				.isEqualTo(states.get(i));
		}
		assertThat(snapshotKnownAt(times.getFirst().minusNanos(1_000_000))).as("before the first edit").isEqualTo(initial);
		assertThat(TestNeo4j.snapshot().facts()).as("rewinding is always rolled back").isEqualTo(states.getLast());
	}

	@Test
	void history_chainsEveryChangeOfAnEntity_fromItsCreationToItsStateNow() {
		EDITS.forEach(this::post);
		var response = audit("""
				{ record(id: "rc-road-penalty") {
				    status docNo version
				    history { operation target type entityId before after changedProperties
				              entry { operation actor channel reason } }
				} }""");
		List<Map<String, Object>> history = response.read("$.data.record.history[?(@.target == 'NODE')]");
		assertThat(history).extracting(change -> (Object) ((Map<?, ?>) change.get("entry")).get("operation"))
			.containsExactly("import", "fileObjection", "correctRecord", "rejectObjection");
		assertThat(history.getFirst().get("before")).isNull();
		for (int i = 1; i < history.size(); i++) {
			assertThat(history.get(i).get("before")).as("change %d starts where change %d ended", i, i - 1)
				.isEqualTo(history.get(i - 1).get("after"));
		}
		@SuppressWarnings("unchecked")
		var now = (Map<String, Object>) history.getLast().get("after");
		assertThat(now).containsEntry("status", "RECORDED").containsEntry("docNo", "青发改罚〔2023〕3号")
			.containsEntry("version", 4);
		assertThat(history.get(2).get("changedProperties")).isEqualTo(List.of("docNo", "version"));
		assertThat(history.get(1).get("entry")).isEqualTo(Map.of("operation", "fileObjection", "actor", EDITOR,
				"channel", "API", "reason", "认定事实有误"));
		assertThat(response.<String>read("$.data.record.status")).isEqualTo(now.get("status"));
	}

	@Test
	void theQueryAsOfARecordedTime_readsRecordsListsAndHistoryAsTheyWereThen() {
		var filed = post(EDITS.get(0));
		var at = filed.<String>read("$.data.fileObjection.audit.at");
		post(EDITS.get(1));
		post(EDITS.get(2));

		var then = audit("""
				query($at: DateTime!) @knownAt(at: $at) {
				  record(id: "rc-road-penalty") { status docNo version events { kind } history { entry { operation } } }
				  records(filter: {status: [OBJECTION_PENDING]}) { totalCount nodes { id docNo } }
				  auditLog(filter: {entityId: "rc-road-penalty"}) { totalCount }
				}""", Map.of("at", at));
		assertThat(then.<String>read("$.data.record.status")).isEqualTo("OBJECTION_PENDING");
		assertThat(then.<String>read("$.data.record.docNo")).isEqualTo("青发改罚〔2023〕2号");
		assertThat(then.<List<String>>read("$.data.record.events[*].kind")).containsExactly("RECORDED", "OBJECTION_FILED");
		assertThat(then.<List<String>>read("$.data.record.history[*].entry.operation")).doesNotContain("correctRecord");
		assertThat(then.<List<String>>read("$.data.records.nodes[*].docNo")).containsExactly("青发改罚〔2023〕2号");
		assertThat(then.<Integer>read("$.data.records.totalCount")).isEqualTo(1);
		assertThat(then.<Integer>read("$.data.auditLog.totalCount")).isEqualTo(2);

		var now = post("""
				{ record(id: "rc-road-penalty") { status docNo } records(filter: {status: [OBJECTION_PENDING]}) { totalCount } }""");
		assertThat(now.<String>read("$.data.record.status")).isEqualTo("RECORDED");
		assertThat(now.<String>read("$.data.record.docNo")).isEqualTo("青发改罚〔2023〕3号");
		assertThat(now.<Integer>read("$.data.records.totalCount")).isZero();
	}

	@Test
	void theChangeFeed_returnsExactlyTheChangesCommittedAfterACursor_inCommitOrder() {
		var start = audit("{ changes(first: 100) { cursor hasMore } }");
		var cursor = start.<String>read("$.data.changes.cursor");
		assertThat(start.<Boolean>read("$.data.changes.hasMore")).isFalse();
		post(EDITS.get(0));
		var middle = audit("{ changes(first: 100) { cursor } }").<String>read("$.data.changes.cursor");
		post(EDITS.get(1));
		post(EDITS.get(3));

		var feed = audit("""
				query($after: String) { changes(after: $after, first: 100) {
				  cursor hasMore changes { entry { sequence operation } type entityId startId operation } } }""",
				Map.of("after", middle));
		assertThat(feed.<List<String>>read("$.data.changes.changes[*].entry.operation")).containsOnly("correctRecord",
				"updateBody");
		List<Integer> sequences = feed.read("$.data.changes.changes[*].entry.sequence");
		assertThat(sequences).isSorted();
		assertThat(feed.<List<String>>read("$.data.changes.changes[?(@.type == 'Body')].entityId"))
			.containsExactly("bd-transport");

		var typed = audit("""
				query($after: String) { changes(after: $after, types: ["Record"], first: 1) {
				  cursor hasMore changes { entry { operation } entityId } } }""", Map.of("after", cursor));
		assertThat(typed.<List<String>>read("$.data.changes.changes[*].entityId")).containsExactly("rc-road-penalty");
		assertThat(typed.<List<String>>read("$.data.changes.changes[*].entry.operation")).containsExactly("fileObjection");
		assertThat(typed.<Boolean>read("$.data.changes.hasMore")).isTrue();
		var rest = audit("""
				query($after: String) { changes(after: $after, types: ["Record"], first: 100) {
				  cursor hasMore changes { entry { operation } } } }""", Map.of("after", typed.read("$.data.changes.cursor")));
		assertThat(rest.<List<String>>read("$.data.changes.changes[*].entry.operation")).containsExactly("correctRecord");
		assertThat(rest.<Boolean>read("$.data.changes.hasMore")).isFalse();
		assertThat(rest.<String>read("$.data.changes.cursor")).isEqualTo(feed.read("$.data.changes.cursor"));
	}

	@Test
	void theAuditLog_filtersAndPages_newestFirst() {
		EDITS.forEach(this::post);
		var page = audit("""
				{ auditLog(filter: {channel: API}, first: 2) {
				    totalCount pageInfo { hasNextPage endCursor } nodes { sequence operation actor reason } } }""");
		assertThat(page.<Integer>read("$.data.auditLog.totalCount")).isEqualTo(6);
		assertThat(page.<List<String>>read("$.data.auditLog.nodes[*].operation")).containsExactly("appoint", "endTenure");
		var next = audit("""
				query($after: String) { auditLog(filter: {channel: API}, first: 2, after: $after) { nodes { operation } } }""",
				Map.of("after", page.read("$.data.auditLog.pageInfo.endCursor")));
		assertThat(next.<List<String>>read("$.data.auditLog.nodes[*].operation")).containsExactly("updateBody",
				"rejectObjection");

		var ofPost = audit("""
				{ auditLog(filter: {entityId: "po-transport-director"}) { nodes { operation channel } } }""");
		assertThat(ofPost.<List<String>>read("$.data.auditLog.nodes[*].operation")).containsExactly("appoint",
				"endTenure", "import");
		var byOperation = audit("""
				{ auditLog(filter: {operation: "import"}) { nodes { channel actor source changeCount } } }""");
		assertThat(byOperation.<String>read("$.data.auditLog.nodes[0].channel")).isEqualTo("IMPORT");
		assertThat(byOperation.<String>read("$.data.auditLog.nodes[0].source")).contains("edit/city.jsonl");
		assertThat(byOperation.<Integer>read("$.data.auditLog.nodes[0].changeCount")).isEqualTo(77);
	}

	@Test
	void personalDataIsLeftOutOfTheRecordedStates() {
		post("""
				mutation { updatePerson(input: {id: "pe-wu", idNumber: "99010019800101123X", birthDate: "1980-01-01",
				                                nameEn: "Wu Jing"}) { userErrors { code } } }""");
		var history = audit("{ person(id: \"pe-wu\") { history { before after changedProperties } } }");
		List<Map<String, Object>> changes = history.read("$.data.person.history");
		assertThat(changes.getLast().get("after")).isInstanceOf(Map.class);
		@SuppressWarnings("unchecked")
		var after = (Map<String, Object>) changes.getLast().get("after");
		assertThat(after).containsEntry("nameEn", "Wu Jing").doesNotContainKeys("idNumber", "birthDate");
	}

	GraphSnapshot snapshotKnownAt(OffsetDateTime at) {
		return KnownAt.call(at, () -> {
			var queries = GraphSnapshot.queries();
			return GraphSnapshot.of(this.reader.list(queries.get(0), Map.of(), row -> row),
					this.reader.list(queries.get(1), Map.of(), row -> row));
		});
	}

}
