package org.integritygraph.edit;

import java.util.List;
import java.util.Map;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Appointments, reporting lines, phases, responsibilities and decisions. */
class PeopleAndProjectTests extends EditingTest {

	@Test
	void appoint_toAVacantPost_andTheHolderIsThereFromThatDay() {
		var ended = post("""
				mutation { endTenure(input: {personId: "pe-liu", postId: "po-transport-director", to: "2021-03-15",
				                             reason: "调任"}) {
				  tenure { person { id } from to version } userErrors { code } } }""");
		assertThat(ended.<String>read("$.data.endTenure.tenure.to")).isEqualTo("2021-03-15");
		assertThat(ended.<Integer>read("$.data.endTenure.tenure.version")).isEqualTo(2);

		var appointed = post("""
				mutation { appoint(input: {personId: "pe-wu", postId: "po-transport-director", from: "2021-03-15",
				                           reason: "市政府任命"}) {
				  tenure { person { id } post { id } from to } userErrors { code } } }""");
		assertThat(errorCodes(appointed, "appoint")).isEmpty();
		var holders = post("""
				{ before: post(id: "po-transport-director") { holders(at: "2021-03-14") { person { id } } }
				  after: post(id: "po-transport-director") { holders(at: "2021-03-15") { person { id } } } }""");
		assertThat(holders.<List<String>>read("$.data.before.holders[*].person.id")).containsExactly("pe-liu");
		assertThat(holders.<List<String>>read("$.data.after.holders[*].person.id")).containsExactly("pe-wu");
	}

	@Test
	void appoint_toAnOccupiedPost_overlapsAndChangesNothing() {
		var before = TestNeo4j.snapshot();
		var response = post("""
				mutation { appoint(input: {personId: "pe-wu", postId: "po-transport-director", from: "2021-03-15",
				                           reason: "任命"}) { userErrors { code message } } }""");
		assertThat(errorCodes(response, "appoint")).containsExactly("OVERLAP");
		assertThat(response.<String>read("$.data.appoint.userErrors[0].message"))
			.isEqualTo("[2021-03-15, …) overlaps HELD pe-liu → po-transport-director from 2019-01-01, which must not be valid at the same time (one at a time per Post).");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void endTenure_beforeItsStart_isADateOrderError() {
		var response = post("""
				mutation { endTenure(input: {personId: "pe-liu", postId: "po-transport-director", to: "2018-01-01",
				                             reason: "免职"}) { userErrors { code field } } }""");
		assertThat(errorCodes(response, "endTenure")).containsExactly("DATE_ORDER");
		var none = post("""
				mutation { endTenure(input: {personId: "pe-wu", postId: "po-transport-director", to: "2022-01-01",
				                             reason: "免职"}) { userErrors { code } } }""");
		assertThat(errorCodes(none, "endTenure")).containsExactly("NOT_FOUND");
	}

	@Test
	void changeReportingLine_endsTheCurrentLineAndStartsTheNewOne() {
		var response = post("""
				mutation { changeReportingLine(input: {postId: "po-transport-director", superiorId: "po-mayor",
				                                       on: "2021-07-01", reason: "分管调整"}) {
				  reportingLine { subordinate { id } superior { id } from to }
				  ended { superior { id } from to }
				  userErrors { code } } }""");
		assertThat(errorCodes(response, "changeReportingLine")).isEmpty();
		assertThat(response.<String>read("$.data.changeReportingLine.ended.superior.id")).isEqualTo("po-vm");
		assertThat(response.<String>read("$.data.changeReportingLine.ended.to")).isEqualTo("2021-07-01");
		assertThat(response.<String>read("$.data.changeReportingLine.reportingLine.superior.id")).isEqualTo("po-mayor");
		var lines = post("""
				{ a: post(id: "po-transport-director") { reportsTo(at: "2021-06-30") { id } }
				  b: post(id: "po-transport-director") { reportsTo(at: "2021-07-01") { id } } }""");
		assertThat(lines.<String>read("$.data.a.reportsTo.id")).isEqualTo("po-vm");
		assertThat(lines.<String>read("$.data.b.reportsTo.id")).isEqualTo("po-mayor");
	}

	@Test
	void changeReportingLine_thatWouldRunInACircle_isRefused() {
		var response = post("""
				mutation { changeReportingLine(input: {postId: "po-vm", superiorId: "po-transport-section",
				                                       on: "2021-07-01", reason: "分管调整"}) { userErrors { code } } }""");
		assertThat(errorCodes(response, "changeReportingLine")).containsExactly("CYCLE");
	}

	@Test
	void enterPhase_closesTheCurrentPhase_inTheOrderOfTheProjectsKind() {
		var response = post("""
				mutation { enterPhase(input: {projectId: "pj-road", stage: EXECUTION, on: "2021-01-01", phaseId: "ph-road-execution",
				                              reason: "项目合同生效"}) {
				  phase { id stage from to } previous { id to } project { phase phases { stage } }
				  userErrors { code } } }""");
		assertThat(errorCodes(response, "enterPhase")).isEmpty();
		assertThat(response.<String>read("$.data.enterPhase.previous.to")).isEqualTo("2021-01-01");
		assertThat(response.<String>read("$.data.enterPhase.project.phase")).isEqualTo("EXECUTION");
		assertThat(response.<List<String>>read("$.data.enterPhase.project.phases[*].stage"))
			.containsExactly("PROCUREMENT", "EXECUTION");

		var back = post("""
				mutation { enterPhase(input: {projectId: "pj-road", stage: PREPARATION, on: "2022-01-01", reason: "回退"}) {
				  userErrors { code message } } }""");
		assertThat(errorCodes(back, "enterPhase")).containsExactly("ILLEGAL_TRANSITION");
		var wrongKind = post("""
				mutation { enterPhase(input: {projectId: "pj-road", stage: CONSTRUCTION, on: "2022-01-01", reason: "建设"}) {
				  userErrors { code } } }""");
		assertThat(errorCodes(wrongKind, "enterPhase")).containsExactly("ILLEGAL_TRANSITION");
	}

	@Test
	void responsibilities_areAssignedAndEnded_andExclusivePerPostAndRole() {
		var assigned = post("""
				mutation { assignResponsibility(input: {phaseId: "ph-road-procurement", postId: "po-vm", role: IN_CHARGE,
				                                        from: "2020-03-01", reason: "分管领导"}) {
				  responsibility { role from post { id } } userErrors { code } } }""");
		assertThat(errorCodes(assigned, "assignResponsibility")).isEmpty();
		assertThat(assigned.<String>read("$.data.assignResponsibility.responsibility.from")).isEqualTo("2020-03-01");

		var again = post("""
				mutation { assignResponsibility(input: {phaseId: "ph-road-procurement", postId: "po-vm", role: IN_CHARGE,
				                                        from: "2020-05-01", reason: "重复"}) { userErrors { code } } }""");
		assertThat(errorCodes(again, "assignResponsibility")).containsExactly("OVERLAP");

		var ended = post("""
				mutation { endResponsibility(input: {phaseId: "ph-road-procurement", postId: "po-vm", role: IN_CHARGE,
				                                     to: "2021-07-01", reason: "分管调整"}) {
				  responsibility { to } userErrors { code } } }""");
		assertThat(ended.<String>read("$.data.endResponsibility.responsibility.to")).isEqualTo("2021-07-01");
	}

	@Test
	void recordDecision_withItsDocNoAndWhoTookIt() {
		var response = post("""
				mutation { recordDecision(input: {id: "dc-road-plan", projectId: "pj-road", docNo: "青政函〔2020〕8号",
				                                  title: "关于环城快速路PPP实施方案的批复", decidedOn: "2020-03-10",
				                                  decidedByIds: ["bd-city", "pe-lin"], reason: "重大决策"}) {
				  decision { docNo project { id } decidedBy { ... on Body { id } ... on Person { id } } } userErrors { code } } }""");
		assertThat(errorCodes(response, "recordDecision")).isEmpty();
		assertThat(response.<List<String>>read("$.data.recordDecision.decision.decidedBy[*].id"))
			.containsExactly("bd-city", "pe-lin");
		var unknown = post("""
				mutation { recordDecision(input: {projectId: "pj-road", docNo: "青政函〔2020〕9号", title: "决定",
				                                  decidedOn: "2020-03-10", decidedByIds: ["pe-nobody"], reason: "重大决策"}) {
				  userErrors { code field } } }""");
		assertThat(errorCodes(unknown, "recordDecision")).containsExactly("NOT_FOUND");
		assertThat(unknown.<List<String>>read("$.data.recordDecision.userErrors[0].field"))
			.containsExactly("input", "decidedByIds", "0", "endId");
	}

}
