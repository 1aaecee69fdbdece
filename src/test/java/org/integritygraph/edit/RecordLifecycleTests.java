package org.integritygraph.edit;

import java.util.List;
import java.util.Map;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle of integrity records: every step, and the steps the lifecycle refuses. */
class RecordLifecycleTests extends EditingTest {

	static final String STEP = """
			mutation($recordId: ID!, $on: Date!, $reason: String!, $actor: String) {
			  %s(input: {recordId: $recordId, on: $on, reason: $reason, actor: $actor}) {
			    record { id status version events { kind on actor reason } }
			    event { id kind on actor reason }
			    userErrors { code message field }
			    audit { operation reason actor }
			  }
			}""";

	static final String CREATE = """
			mutation($input: CreateRecordInput!) {
			  createRecord(input: $input) {
			    record { id kind severity status title decidedOn disclosureUntil version
			             against { ... on Body { id } ... on Person { id } } issuer { id } concerns { ... on Project { id } }
			             events { kind on actor reason } }
			    event { kind }
			    userErrors { code field message }
			    audit { operation reason changeCount }
			  }
			}""";

	@Test
	void createRecord_recordsTheRecordWithItsSubjectIssuerConcernAndFirstEvent() {
		var response = post(CREATE, Map.of("input", Map.of("id", "rc-new", "kind", "BROKEN_COMMITMENT", "severity",
				"SERIOUS", "title", "拖欠运营补贴", "decidedOn", "2024-02-01", "againstIds", List.of("bd-transport"),
				"issuerId", "bd-drc", "concernIds", List.of("pj-road"), "reason", "认定失信")));

		assertThat(errorCodes(response, "createRecord")).isEmpty();
		assertThat(response.<String>read("$.data.createRecord.record.status")).isEqualTo("RECORDED");
		assertThat(response.<String>read("$.data.createRecord.record.disclosureUntil"))
			.as("five years for a serious record").isEqualTo("2029-02-01");
		assertThat(response.<List<String>>read("$.data.createRecord.record.against[*].id")).containsExactly("bd-transport");
		assertThat(response.<String>read("$.data.createRecord.record.issuer.id")).isEqualTo("bd-drc");
		assertThat(response.<List<String>>read("$.data.createRecord.record.concerns[*].id")).containsExactly("pj-road");
		assertThat(response.<List<String>>read("$.data.createRecord.record.events[*].kind")).containsExactly("RECORDED");
		assertThat(response.<String>read("$.data.createRecord.record.events[0].actor")).isEqualTo("青禾市发展和改革委员会");
		assertThat(response.<Integer>read("$.data.createRecord.record.version")).isEqualTo(1);
		assertThat(response.<String>read("$.data.createRecord.audit.reason")).isEqualTo("认定失信");
		assertThat(response.<Integer>read("$.data.createRecord.audit.changeCount"))
			.as("record, event, AGAINST, ISSUED_BY, CONCERNS, HAS_EVENT").isEqualTo(6);
	}

	@Test
	void objectionRejected_returnsTheRecordToRecorded_withEveryStepAnEvent() {
		var filed = step("fileObjection", "2023-03-20", "补充协议未经常务会议研究", "青禾市交通运输局");
		assertThat(filed.<String>read("$.data.fileObjection.record.status")).isEqualTo("OBJECTION_PENDING");
		assertThat(filed.<String>read("$.data.fileObjection.event.actor")).isEqualTo("青禾市交通运输局");
		assertThat(filed.<String>read("$.data.fileObjection.audit.operation")).isEqualTo("fileObjection");

		var rejected = step("rejectObjection", "2023-04-30", "异议理由不成立", null);
		assertThat(rejected.<String>read("$.data.rejectObjection.record.status")).isEqualTo("RECORDED");
		assertThat(rejected.<List<String>>read("$.data.rejectObjection.record.events[*].kind"))
			.containsExactly("RECORDED", "OBJECTION_FILED", "OBJECTION_REJECTED");
		assertThat(rejected.<String>read("$.data.rejectObjection.event.actor")).as("the editor, without an actor")
			.isEqualTo(EDITOR);
		assertThat(rejected.<Integer>read("$.data.rejectObjection.record.version")).isEqualTo(3);
	}

	@Test
	void objectionUpheld_revokesTheRecord_andNothingFollowsARevocation() {
		step("fileObjection", "2023-03-20", "认定事实有误", null);
		var upheld = step("upholdObjection", "2023-04-30", "异议成立,撤销记录", null);
		assertThat(upheld.<String>read("$.data.upholdObjection.record.status")).isEqualTo("REVOKED");

		var repair = step("applyForRepair", "2023-05-10", "申请修复", null);
		assertThat(errorCodes(repair, "applyForRepair")).containsExactly("ILLEGAL_TRANSITION");
		assertThat(repair.<String>read("$.data.applyForRepair.userErrors[0].message"))
			.isEqualTo("REPAIR_APPLIED cannot happen to a record that is REVOKED (only when RECORDED).");
	}

	@Test
	void correction_changesTheFactsWithAnEvent_andKeepsTheObjectionPending() {
		step("fileObjection", "2023-03-20", "处罚文号有误", null);
		var response = post("""
				mutation {
				  correctRecord(input: {recordId: "rc-road-penalty", on: "2023-04-01", reason: "更正文号",
				                        corrections: {docNo: "青发改罚〔2023〕3号", severity: MINOR}}) {
				    record { status docNo severity events { kind } }
				    userErrors { code }
				  }
				}""");
		assertThat(errorCodes(response, "correctRecord")).isEmpty();
		assertThat(response.<String>read("$.data.correctRecord.record.status")).isEqualTo("OBJECTION_PENDING");
		assertThat(response.<String>read("$.data.correctRecord.record.docNo")).isEqualTo("青发改罚〔2023〕3号");
		assertThat(response.<String>read("$.data.correctRecord.record.severity")).isEqualTo("MINOR");
		assertThat(response.<List<String>>read("$.data.correctRecord.record.events[*].kind"))
			.containsExactly("RECORDED", "OBJECTION_FILED", "CORRECTED");
	}

	@Test
	void repair_needsAnApplicationFirst() {
		var early = step("repairRecord", "2024-03-01", "整改到位", null);
		assertThat(errorCodes(early, "repairRecord")).containsExactly("ILLEGAL_TRANSITION");

		var applied = step("applyForRepair", "2024-02-01", "已整改并作出信用承诺", "青禾市交通运输局");
		assertThat(applied.<String>read("$.data.applyForRepair.record.status")).isEqualTo("RECORDED");
		var repaired = step("repairRecord", "2024-03-01", "整改到位,准予修复", null);
		assertThat(repaired.<String>read("$.data.repairRecord.record.status")).isEqualTo("REPAIRED");
		assertThat(repaired.<List<String>>read("$.data.repairRecord.record.events[*].kind"))
			.containsExactly("RECORDED", "REPAIR_APPLIED", "REPAIRED");
	}

	@Test
	void exemption_appliesToAFailureRecord_notToACommendation() {
		var exempted = step("exemptRecord", "2023-06-01", "符合容错免责情形", null);
		assertThat(exempted.<String>read("$.data.exemptRecord.record.status")).isEqualTo("EXEMPTED");

		var commendation = post(STEP.formatted("exemptRecord"), Map.of("recordId", "rc-commendation", "on",
				"2025-02-01", "reason", "容错"));
		assertThat(errorCodes(commendation, "exemptRecord")).containsExactly("ILLEGAL_TRANSITION");
	}

	@Test
	void expiry_onlyWhenTheDisclosurePeriodHasEnded() {
		var early = step("expireRecord", "2026-02-28", "公示期满", null);
		assertThat(errorCodes(early, "expireRecord")).containsExactly("ILLEGAL_TRANSITION");
		var expired = step("expireRecord", "2026-03-01", "公示期满,停止公示", null);
		assertThat(expired.<String>read("$.data.expireRecord.record.status")).isEqualTo("EXPIRED");
	}

	@Test
	void eventsAreRecordedInOrder_andNeverInTheFuture() {
		var beforeDecision = step("fileObjection", "2023-02-01", "异议", null);
		assertThat(errorCodes(beforeDecision, "fileObjection")).containsExactly("DATE_ORDER");
		var future = step("fileObjection", "2099-01-01", "异议", null);
		assertThat(errorCodes(future, "fileObjection")).containsExactly("FUTURE_DATE");
		assertThat(future.<List<String>>read("$.data.fileObjection.userErrors[0].field")).containsExactly("input", "on");
	}

	@Test
	void aRefusedStep_changesNothing_notEvenTheAuditTrail() {
		var before = TestNeo4j.snapshot();
		var rejected = step("rejectObjection", "2023-04-30", "没有待处理的异议", null);
		assertThat(errorCodes(rejected, "rejectObjection")).containsExactly("ILLEGAL_TRANSITION");
		assertThat(rejected.<Object>read("$.data.rejectObjection.record")).isNull();
		assertThat(rejected.<Object>read("$.data.rejectObjection.audit")).isNull();
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void aStep_needsAReason() {
		var response = step("fileObjection", "2023-03-20", " ", null);
		assertThat(errorCodes(response, "fileObjection")).containsExactly("REQUIRED");
		assertThat(response.<List<String>>read("$.data.fileObjection.userErrors[0].field")).containsExactly("input",
				"reason");
	}

	private com.jayway.jsonpath.DocumentContext step(String mutation, String on, String reason, String actor) {
		var variables = new java.util.HashMap<String, Object>(Map.of("recordId", "rc-road-penalty", "on", on,
				"reason", reason));
		variables.put("actor", actor);
		return post(STEP.formatted(mutation), variables);
	}

}
