package org.integritygraph.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import org.integritygraph.report.ReportAccountability.ReportAnswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The structured content of recall reports, against the fixture {@code report/ppp-project.cypher}. */
@SpringJUnitConfig(RecallReportServiceTests.Beans.class)
// the first run of each report query includes its planning, slow on a busy machine
@org.springframework.test.context.TestPropertySource(properties = "integrity.query-timeout=120s")
class RecallReportServiceTests {

	@BeforeAll
	static void graph() {
		ReportTestGraph.load();
	}

	static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

	@Configuration(proxyBeanMethods = false)
	@Import(ReportTestGraph.ReportBeans.class)
	static class Beans {

		@Bean
		Clock clock() {
			return Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
		}

	}

	@Autowired
	RecallReportService reports;

	RecallReport ppp() {
		return this.reports.report("rp-proj-ppp", null).orElseThrow();
	}

	@Test
	void report_summarisesTheProjectWithOwnerAndSources() {
		var report = ppp();
		assertThat(report.at()).isEqualTo(TODAY);
		var project = report.project();
		assertThat(project.name()).isEqualTo("青禾市城北污水处理厂PPP项目");
		assertThat(project.kind()).isEqualTo("PPP");
		assertThat(project.currentPhase()).isEqualTo("EXECUTION");
		assertThat(project.status()).isEqualTo("ACTIVE");
		assertThat(project.budget()).isEqualTo(350_000_000.0);
		assertThat(project.currency()).isEqualTo("CNY");
		assertThat(project.startedOn()).isEqualTo(LocalDate.of(2018, 3, 1));
		assertThat(project.owner()).isEqualTo(new Ref("BODY", "rp-housing", "青禾市住房和城乡建设局",
				"Qinghe Housing and Urban-Rural Development Bureau"));
		assertThat(project.sources()).extracting(SourceRef::docNo).containsExactly("青发改投资〔2018〕5号");
	}

	@Test
	void phases_listEveryHolderOfEachResponsiblePostDuringThePhase() {
		var phases = ppp().phases();
		assertThat(phases).extracting(ReportPhase::stage, ReportPhase::from, ReportPhase::to)
			.containsExactly(tuple("IDENTIFICATION", date("2018-03-01"), date("2018-09-01")),
					tuple("PREPARATION", date("2018-09-01"), date("2019-06-01")),
					tuple("PROCUREMENT", date("2019-06-01"), date("2020-12-31")),
					tuple("EXECUTION", date("2020-12-31"), null));

		var procurement = phases.get(2);
		assertThat(procurement.responsibilities()).extracting(ReportResponsibility::role, r -> r.post().title())
			.containsExactly(tuple("IN_CHARGE", "分管副市长"), tuple("RESPONSIBLE_OFFICER", "项目负责人"));
		// Turnover in mid-phase: both holders answer, each for their part of the phase.
		assertThat(procurement.responsibilities().get(0).holders())
			.extracting(h -> h.person().name(), ReportHolder::tenureFrom, ReportHolder::tenureTo,
					ReportHolder::overlapFrom, ReportHolder::overlapTo)
			.containsExactly(tuple("陈立", date("2017-01-01"), date("2020-05-15"), date("2019-06-01"), date("2020-05-15")),
					tuple("王芳", date("2020-05-15"), null, date("2020-05-15"), date("2020-12-31")));
		assertThat(procurement.responsibilities().get(1).holders())
			.extracting(h -> h.person().name(), ReportHolder::overlapFrom, ReportHolder::overlapTo)
			.containsExactly(tuple("李明", date("2019-06-01"), date("2020-08-01")),
					tuple("孙丽", date("2020-08-01"), date("2020-12-31")));

		var execution = phases.get(3);
		assertThat(execution.responsibilities().get(0).role()).isEqualTo("GOVERNMENT_REPRESENTATIVE");
		assertThat(execution.responsibilities().get(0).holders()).extracting(h -> h.person().name())
			.containsExactly("赵强", "郑华");
	}

	@Test
	void holders_carryTheLeadershipChainAsItWasThen() {
		var procurement = ppp().phases().get(2);
		var liMing = procurement.responsibilities().get(1).holders().get(0);
		assertThat(liMing.post().title()).isEqualTo("项目负责人");
		assertThat(liMing.post().body().name()).isEqualTo("青禾市住房和城乡建设局");
		assertThat(liMing.chain()).extracting(step -> step.post().title(), step -> step.post().body().name(),
				step -> names(step.holders()))
			.containsExactly(tuple("局长", "青禾市住房和城乡建设局", List.of("赵强")),
					tuple("分管副市长", "青禾市人民政府", List.of("陈立", "王芳")),
					tuple("市长", "青禾市人民政府", List.of("林木")));

		// Before the reorganisation the 计划委 主任 reported to the vice mayor; the mayor then was 林木.
		var preparation = ppp().phases().get(1);
		var officers = preparation.responsibilities()
			.stream()
			.filter(r -> r.role().equals("RESPONSIBLE_OFFICER"))
			.toList();
		assertThat(officers).extracting(r -> r.post().body().name(), ReportResponsibility::from, ReportResponsibility::to)
			.containsExactly(tuple("青禾市发展计划委员会", date("2018-09-01"), date("2019-03-01")),
					tuple("青禾市发展和改革委员会", date("2019-03-01"), date("2019-06-01")));
		assertThat(officers.get(0).holders().get(0).person().name()).isEqualTo("刘洋");
		assertThat(officers.get(0).holders().get(0).chain()).extracting(step -> step.post().title())
			.containsExactly("分管副市长", "市长");
	}

	@Test
	void responsibilities_nameWhoAnswersNow_followingTurnoverAndReorganisation() {
		var phases = ppp().phases();
		// The mayor who answered for identification (林木) has been succeeded by 周海.
		assertThat(phases.get(0).responsibilities().get(0).now()).extracting(ReportAnswer::basis,
				a -> a.post().title(), a -> names(a.holders()))
			.containsExactly(tuple("SAME_POST", "市长", List.of("周海")));
		// The 计划委 was merged into the 发改委: its 主任 answers through the successor's 主任, today 吴刚.
		var planOfficer = phases.get(1).responsibilities().get(1);
		assertThat(planOfficer.post().body().name()).isEqualTo("青禾市发展计划委员会");
		assertThat(planOfficer.now()).extracting(ReportAnswer::basis, a -> a.post().body().name(),
				a -> names(a.holders()))
			.containsExactly(tuple("SUCCESSOR_POST", "青禾市发展和改革委员会", List.of("吴刚")));
		// A person assigned directly: whoever holds the post the person answered through.
		assertThat(phases.get(0).responsibilities().get(1).now()).extracting(a -> a.post().title(),
				a -> names(a.holders()))
			.containsExactly(tuple("项目负责人", List.of("孙丽")));
	}

	@Test
	void personAssignedDirectly_answersThroughThePostHeldThen() {
		var identification = ppp().phases().get(0);
		var officer = identification.responsibilities().get(1);
		assertThat(officer.role()).isEqualTo("RESPONSIBLE_OFFICER");
		assertThat(officer.post()).isNull();
		assertThat(officer.person().name()).isEqualTo("李明");
		assertThat(officer.holders()).singleElement().satisfies(holder -> {
			assertThat(holder.post().title()).isEqualTo("项目负责人");
			assertThat(holder.overlapFrom()).isEqualTo(date("2018-03-01"));
			assertThat(holder.overlapTo()).isEqualTo(date("2018-09-01"));
			assertThat(holder.chain()).extracting(step -> step.post().title()).containsExactly("局长", "分管副市长", "市长");
		});
	}

	@Test
	void decisions_carryTheirDocNoDateDeciderAndPhase() {
		var report = ppp();
		assertThat(report.decisions()).extracting(ReportDecision::docNo, ReportDecision::decidedOn,
				ReportDecision::phaseId, d -> d.decidedBy().stream().map(Ref::name).toList())
			.containsExactly(tuple("青政发〔2018〕21号", date("2018-08-20"), "rp-ph-ident", List.of("青禾市人民政府", "林木")),
					tuple("青政办发〔2020〕18号", date("2020-03-10"), "rp-ph-proc", List.of("陈立")));
		assertThat(report.phases().get(2).decisions()).extracting(ReportDecision::docNo)
			.containsExactly("青政办发〔2020〕18号");
		assertThat(report.decisions().get(0).sources()).extracting(SourceRef::docNo).containsExactly("青政发〔2018〕21号");
	}

	@Test
	void contracts_carryPartiesRolesValuesAndSigners() {
		var contracts = ppp().contracts();
		assertThat(contracts).singleElement().satisfies(contract -> {
			assertThat(contract.title()).isEqualTo("青禾市城北污水处理厂PPP项目合同");
			assertThat(contract.kind()).isEqualTo("PPP");
			assertThat(contract.value()).isEqualTo(350_000_000.0);
			assertThat(contract.signedOn()).isEqualTo(date("2020-11-20"));
			assertThat(contract.validTo()).isEqualTo(date("2050-12-31"));
			assertThat(contract.parties()).extracting(p -> p.role(), p -> p.party().type(), p -> p.party().name())
				.containsExactly(tuple("GRANTOR", "BODY", "青禾市住房和城乡建设局"),
						tuple("PRIVATE_PARTY", "COMPANY", "青禾碧水环境科技有限公司"));
			assertThat(contract.signers()).extracting(s -> s.person().name(), ReportSignature::on)
				.containsExactly(tuple("王芳", date("2020-11-20")));
		});
	}

	@Test
	void brokenCommitment_namesWhoAnsweredThenAndWhoAnswersNow() {
		var commitments = ppp().commitments();
		assertThat(commitments).extracting(ReportCommitment::id, ReportCommitment::status)
			.containsExactly(tuple("rp-com-permit", "FULFILLED"), tuple("rp-com-land", "OVERDUE"),
					tuple("rp-com-subsidy", "BROKEN"));
		assertThat(commitments.get(0).accountability()).isNull();

		var subsidy = commitments.get(2);
		assertThat(subsidy.madeBy().name()).isEqualTo("青禾市住房和城乡建设局");
		assertThat(subsidy.signature().person().name()).isEqualTo("王芳");
		assertThat(subsidy.signature().on()).isEqualTo(date("2020-11-20"));
		assertThat(subsidy.dueOn()).isEqualTo(date("2021-12-31"));
		assertThat(subsidy.amount()).isEqualTo(12_000_000.0);
		assertThat(subsidy.contractTitle()).isEqualTo("青禾市城北污水处理厂PPP项目合同");
		assertThat(subsidy.beneficiaries()).extracting(Ref::name).containsExactly("青禾碧水环境科技有限公司");
		assertThat(subsidy.history()).extracting(h -> h.status(), h -> h.on(), h -> h.actor())
			.containsExactly(tuple("PENDING", date("2020-11-20"), "青禾市住房和城乡建设局"),
					tuple("OVERDUE", date("2022-01-01"), "青禾市财政局"),
					tuple("BROKEN", date("2022-06-30"), "青禾市发展和改革委员会"));
		// Then: the signer's post on signing, the maker's principal, and the posts answering for the phase the
		// signing fell in.
		assertThat(subsidy.accountability().then()).extracting(ReportAnswer::act, ReportAnswer::basis,
				a -> a.post().title(), ReportAnswer::on, a -> names(a.holders()))
			.containsExactly(tuple("SIGNED", "HELD_POST", "分管副市长", date("2020-11-20"), List.of("王芳")),
					tuple("MADE", "PRINCIPAL_POST", "局长", date("2020-11-20"), List.of("赵强")),
					tuple("RESPONSIBLE", "RESPONSIBLE_POST", "项目负责人", date("2020-11-20"), List.of("孙丽")));
		// (赵强 still led the bureau when it fell due, so the answer for that act is the same and listed once.)
		// 局长 changed hands on 2022-03-01: 郑华 answers now for what 赵强's bureau promised.
		assertThat(subsidy.accountability().now()).extracting(ReportAnswer::basis, a -> a.post().title(),
				a -> names(a.holders()))
			.contains(tuple("SAME_POST", "分管副市长", List.of("王芳")), tuple("SAME_POST", "局长", List.of("郑华")))
			.doesNotContain(tuple("SAME_POST", "局长", List.of("赵强")));
	}

	@Test
	void commitmentOfAReorganisedBody_answersThroughItsSuccessor() {
		var land = ppp().commitments().get(1);
		assertThat(land.madeBy().name()).isEqualTo("青禾市发展计划委员会");
		assertThat(land.accountability().then()).extracting(ReportAnswer::act, ReportAnswer::basis,
				a -> a.post().body().name(), ReportAnswer::on, a -> names(a.holders()))
			.containsExactly(tuple("SIGNED", "HELD_POST", "青禾市发展计划委员会", date("2018-12-01"), List.of("刘洋")),
					// When it fell due the 计划委 had been merged: the 发改委's principal answered.
					tuple("FELL_DUE", "PRINCIPAL_POST", "青禾市发展和改革委员会", date("2019-06-30"), List.of("刘洋")),
					tuple("RESPONSIBLE", "RESPONSIBLE_POST", "青禾市人民政府", date("2018-12-01"), List.of("陈立")));
		// The 计划委 is gone: the 发改委's principal answers today, 吴刚; the vice mayor's post, 王芳.
		assertThat(land.accountability().now()).extracting(ReportAnswer::basis, a -> a.post().body().name(),
				a -> names(a.holders()))
			.containsExactly(tuple("SUCCESSOR_PRINCIPAL", "青禾市发展和改革委员会", List.of("吴刚")),
					tuple("SAME_POST", "青禾市人民政府", List.of("王芳")));
		assertThat(land.accountability().now()).noneMatch(a -> a.post().body().id().equals("rp-plan-old"));
	}

	@Test
	void records_concerningTheProjectOrAgainstItsResponsiblePersons() {
		var records = ppp().records();
		assertThat(records).extracting(ReportRecord::id, ReportRecord::relation, ReportRecord::kind,
				ReportRecord::severity, ReportRecord::docNo, r -> r.issuer().name())
			.containsExactly(
					tuple("rp-rec-li-ming", "AGAINST_RESPONSIBLE_PERSON", "ACCOUNTABILITY_ACTION", "GENERAL",
							"青纪发〔2021〕9号", "青禾市纪委监委"),
					tuple("rp-rec-broken", "CONCERNS_PROJECT", "BROKEN_COMMITMENT", "SERIOUS", "青信用〔2022〕15号",
							"青禾市发展和改革委员会"));
		var broken = records.get(1);
		assertThat(broken.against()).extracting(Ref::name).containsExactly("青禾市住房和城乡建设局");
		assertThat(broken.concerns()).extracting(c -> c.type(), c -> c.id()).containsExactly(tuple("COMMITMENT", "rp-com-subsidy"));
		assertThat(broken.events()).extracting(e -> e.kind(), e -> e.on())
			.containsExactly(tuple("RECORDED", date("2022-07-15")), tuple("OBJECTION_FILED", date("2022-08-01")),
					tuple("OBJECTION_REJECTED", date("2022-09-01")));
	}

	@Test
	void provenance_citesTheSourceOfEveryFactAndFingerprintsTheData() {
		var report = ppp();
		var provenance = report.provenance();
		assertThat(provenance.asOf()).isEqualTo(TODAY);
		assertThat(provenance.generatedAt()).isNotNull();
		assertThat(provenance.sources()).extracting(s -> s.document().docNo(),
				s -> s.facts().stream().map(f -> f.type() + ":" + f.id()).toList())
			.containsExactly(tuple("青发改投资〔2018〕5号", List.of("PROJECT:rp-proj-ppp")),
					tuple("青政发〔2018〕21号", List.of("DECISION:rp-dec-ppp-mode")),
					tuple("青政办发〔2020〕18号", List.of("DECISION:rp-dec-partner")),
					tuple("青住建合〔2020〕7号", List.of("CONTRACT:rp-con-ppp", "COMMITMENT:rp-com-subsidy")),
					tuple("青信用〔2022〕15号", List.of("RECORD:rp-rec-broken")));
		assertThat(provenance.unsourced()).extracting(f -> f.id())
			.contains("rp-ph-ident", "rp-com-land", "rp-rec-li-ming")
			.doesNotContain("rp-proj-ppp", "rp-com-subsidy");
		assertThat(provenance.dataVersion()).matches("sha256:[0-9a-f]{16}")
			.isEqualTo(ppp().provenance().dataVersion())
			.isNotEqualTo(this.reports.report("rp-proj-ppp", date("2020-06-01")).orElseThrow().provenance().dataVersion());
	}

	@Test
	void reportForAPastDate_leavesOutWhatCameLater() {
		var report = this.reports.report("rp-proj-ppp", date("2020-06-01")).orElseThrow();
		assertThat(report.phases()).extracting(ReportPhase::stage)
			.containsExactly("IDENTIFICATION", "PREPARATION", "PROCUREMENT");
		var procurement = report.phases().get(2);
		assertThat(procurement.responsibilities().get(0).holders()).extracting(h -> h.person().name())
			.containsExactly("陈立", "王芳");
		assertThat(procurement.responsibilities().get(1).holders()).extracting(h -> h.person().name())
			.containsExactly("李明");
		assertThat(report.contracts()).isEmpty();
		assertThat(report.records()).isEmpty();
		assertThat(report.commitments()).extracting(ReportCommitment::id, ReportCommitment::status)
			.containsExactly(tuple("rp-com-permit", "FULFILLED"), tuple("rp-com-land", "OVERDUE"));
		// On 2020-06-01 the 发改委's 主任 was still 刘洋, who had signed for the 计划委.
		assertThat(report.commitments().get(1).accountability().now()).extracting(a -> a.post().body().name(),
				a -> names(a.holders()))
			.contains(tuple("青禾市发展和改革委员会", List.of("刘洋")));
	}

	@Test
	void projectWithoutCommitmentsOrRecords_stillHasItsPhases() {
		var report = this.reports.report("rp-proj-quiet", null).orElseThrow();
		assertThat(report.contracts()).isEmpty();
		assertThat(report.commitments()).isEmpty();
		assertThat(report.records()).isEmpty();
		assertThat(report.phases()).singleElement().satisfies(phase -> {
			assertThat(phase.stage()).isEqualTo("APPROVAL");
			assertThat(phase.responsibilities().get(0).holders()).extracting(h -> h.person().name())
				.containsExactly("郑华");
		});
	}

	@Test
	void unknownProject_hasNoReport() {
		assertThat(this.reports.report("no-such-project", null)).isEmpty();
	}

	@Test
	void projectsOfBody_listsTheProjectsItOwns() {
		assertThat(this.reports.projectIdsOfBody("rp-housing")).contains(List.of("rp-proj-ppp", "rp-proj-quiet"));
		assertThat(this.reports.projectIdsOfBody("rp-city")).contains(List.of());
		assertThat(this.reports.projectIdsOfBody("no-such-body")).isEmpty();
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	static List<String> names(List<ReportTenure> tenures) {
		return tenures.stream().map(t -> t.person().name()).toList();
	}

}
