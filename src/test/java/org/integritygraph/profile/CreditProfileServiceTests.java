package org.integritygraph.profile;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.RecordKind;
import org.integritygraph.model.RecordStatus;
import org.integritygraph.profile.CreditProfile.KeyCount;
import org.integritygraph.security.Role;
import org.integritygraph.support.TestCallers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Credit profiles and the consequence rules on the fixture {@code profile/credit.jsonl}, with known answers. */
class CreditProfileServiceTests {

	@BeforeEach
	void graph() {
		ProfileFixture.load();
	}

	CreditProfile full(String id, String at) {
		return ProfileFixture.service(ProfileFixture.EVERYTHING).profile(id, LocalDate.parse(at)).orElseThrow();
	}

	CreditProfile publicProfile(String id, String at) {
		return ProfileFixture.publicService().profile(id, LocalDate.parse(at)).orElseThrow();
	}

	static List<String> ids(CreditProfile profile) {
		return profile.records().stream().map(r -> r.record().id()).toList();
	}

	@AfterEach
	void publicAgain() {
		TestCallers.clear();
	}

	@Test
	void repairedRecord_endsItsMeasureOnTheRepairDate() {
		var before = full("pf-dept", "2021-10-14");
		var r1 = before.records().stream().filter(r -> r.record().id().equals("pf-r1")).findFirst().orElseThrow();
		assertThat(r1.measures()).extracting(m -> m.kind(), Measure::from, Measure::until, Measure::endsBy, Measure::inForce)
			.containsExactly(tuple(MeasureKind.RECTIFICATION, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 9, 1), "TIME_LIMIT", false),
					tuple(MeasureKind.HONOURS_INELIGIBLE, LocalDate.of(2021, 3, 1), LocalDate.of(2024, 3, 1), "EXPIRED", true));
		var onRepair = full("pf-dept", "2021-10-15");
		assertThat(onRepair.measures()).filteredOn(m -> m.record().id().equals("pf-r1"))
			.extracting(Measure::kind, Measure::until, Measure::endsBy, Measure::inForce)
			.containsExactly(tuple(MeasureKind.RECTIFICATION, LocalDate.of(2021, 9, 1), "TIME_LIMIT", false),
					tuple(MeasureKind.HONOURS_INELIGIBLE, LocalDate.of(2021, 10, 15), "REPAIRED", false));
		assertThat(onRepair.measuresInForce()).isEmpty();
	}

	@Test
	void seriousRecord_bringsEveryBodyMeasureOfTheDefaultRulesWithItsBasis() {
		var profile = full("pf-dept", "2024-06-30");
		assertThat(profile.measures()).filteredOn(m -> m.record().id().equals("pf-r2"))
			.extracting(Measure::kind, Measure::until, Measure::endsBy, Measure::inForce)
			.containsExactlyInAnyOrder(tuple(MeasureKind.RECTIFICATION, LocalDate.of(2023, 11, 10), "TIME_LIMIT", false),
					tuple(MeasureKind.HONOURS_INELIGIBLE, LocalDate.of(2028, 5, 10), "EXPIRED", true),
					tuple(MeasureKind.PUBLIC_CRITICISM, LocalDate.of(2023, 6, 10), "TIME_LIMIT", false),
					tuple(MeasureKind.PRINCIPAL_ACCOUNTABILITY, LocalDate.of(2028, 5, 10), "EXPIRED", true));
		var principal = profile.measuresInForce()
			.stream()
			.filter(m -> m.kind() == MeasureKind.PRINCIPAL_ACCOUNTABILITY)
			.findFirst()
			.orElseThrow();
		assertThat(principal.basis().docNo()).isEqualTo("卫政办发〔2018〕175号");
		assertThat(principal.basis().clause()).isEqualTo("二(二)6");
		assertThat(principal.rule().id()).isEqualTo("body-principal");
		assertThat(principal.ruleVersion()).isZero();
		assertThat(profile.measuresInForce()).extracting(Measure::kind)
			.containsExactlyInAnyOrder(MeasureKind.HONOURS_INELIGIBLE, MeasureKind.PRINCIPAL_ACCOUNTABILITY,
					MeasureKind.PRIORITY_CONSIDERATION);
	}

	@Test
	void publicProfile_showsOnlyRecordsWithinTheirPeriodAndNotRepairedExemptedRevokedOrExpired() {
		var profile = publicProfile("pf-dept", "2024-06-30");
		assertThat(ids(profile)).containsExactly("pf-r2", "pf-r6");
		assertThat(profile.recordCounts().total()).isEqualTo(2);
		assertThat(profile.recordCounts().bySeverity()).containsExactly(new KeyCount("MINOR", 1), new KeyCount("SERIOUS", 1));
		assertThat(profile.records()).allMatch(ProfileRecord::publicOn);
		assertThat(full("pf-dept", "2024-06-30").records()).extracting(r -> r.record().id(), ProfileRecord::statusOn,
				ProfileRecord::publicOn)
			.containsExactly(tuple("pf-r3", "EXPIRED", false), tuple("pf-r1", "REPAIRED", false),
					tuple("pf-r2", "RECORDED", true), tuple("pf-r6", "RECORDED", true));
	}

	@Test
	void expiredDisclosurePeriod_hidesTheRecordFromThePublicProfile() {
		var dayBefore = publicProfile("pf-old", "2019-05-31");
		assertThat(ids(dayBefore)).containsExactly("pf-r3");
		assertThat(dayBefore.records().getFirst().statusOn()).isEqualTo("RECORDED");
		assertThat(ids(publicProfile("pf-old", "2019-06-01"))).isEmpty();
		// The successor inherits it (from the reorganisation on 2020-01-01), expired and so not public.
		var inherited = full("pf-dept", "2020-01-01").records().getFirst();
		assertThat(inherited.record().id()).isEqualTo("pf-r3");
		assertThat(inherited.inheritedFrom().id()).isEqualTo("pf-old");
		assertThat(inherited.publicOn()).isFalse();
		assertThat(ids(publicProfile("pf-dept", "2020-01-01"))).isEmpty();
	}

	@Test
	void bodyProfile_countsItsCommitmentsAndThoseInheritedFromItsPredecessor() {
		var profile = full("pf-dept", "2024-06-30");
		assertThat(profile.predecessors()).extracting(b -> b.id()).containsExactly("pf-old");
		assertThat(profile.commitments()).extracting(c -> c.commitment().id(), ProfileCommitment::relation,
				ProfileCommitment::statusOn, ProfileCommitment::overdue)
			.containsExactly(tuple("pf-c2", "INHERITED", "FULFILLED", false), tuple("pf-c3", "MADE", "BROKEN", false),
					tuple("pf-c1", "MADE", "OVERDUE", true));
		var counts = profile.commitmentCounts();
		assertThat(List.of(counts.made(), counts.kept(), counts.pending(), counts.overdue(), counts.broken(),
				counts.waived(), counts.inherited())).containsExactly(3, 1, 0, 1, 1, 0, 1);
		assertThat(counts.overdueAmount()).isEqualTo(1_000_000.0);
		assertThat(counts.brokenAmount()).isEqualTo(500_000.0);
		var early = full("pf-dept", "2023-12-31");
		assertThat(early.commitments()).filteredOn(c -> c.commitment().id().equals("pf-c1"))
			.extracting(ProfileCommitment::statusOn, ProfileCommitment::overdue)
			.containsExactly(tuple("PENDING", false));
	}

	@Test
	void personProfile_hasThePersonsMeasuresAndTheCommitmentsTheySigned() {
		var profile = full("pf-person", "2024-06-30");
		assertThat(profile.subjectType()).isEqualTo(SubjectType.PERSON);
		assertThat(profile.measuresInForce()).extracting(Measure::kind)
			.containsExactly(MeasureKind.HONOURS_RESTRICTED, MeasureKind.PROMOTION_RESTRICTED);
		assertThat(profile.commitments()).extracting(c -> c.commitment().id(), ProfileCommitment::relation)
			.containsExactly(tuple("pf-c3", "SIGNED"));
	}

	@Test
	void companyProfile_isRestrictedFromBiddingAlsoDuringAnObjection() {
		var profile = full("919901001127261649", "2024-06-30");
		assertThat(profile.subjectType()).isEqualTo(SubjectType.COMPANY);
		assertThat(profile.records()).extracting(ProfileRecord::statusOn).containsExactly("OBJECTION_PENDING");
		assertThat(profile.measuresInForce()).extracting(Measure::kind, Measure::until)
			.containsExactly(tuple(MeasureKind.BID_RESTRICTION, LocalDate.of(2027, 2, 1)));
		assertThat(profile.measuresInForce().getFirst().basis().docNo()).isEqualTo("揭府〔2018〕38号");
		assertThat(profile.commitments()).extracting(ProfileCommitment::relation).containsExactly("RECEIVED");
	}

	@Test
	void unknownOrUnprofiledIds_haveNoProfile() {
		assertThat(ProfileFixture.publicService().profile("nobody", null)).isEmpty();
		assertThat(ProfileFixture.publicService().profile("pf-c1", null)).isEmpty();
	}

	@Test
	void publishedRules_applyToRecordsDecidedFromTheirDateInTheirArea_earlierRecordsKeepTheirMeasures() {
		TestCallers.actAs(Role.ADMIN);
		var rules = ProfileFixture.rules();
		var table = rules.publish("9901", LocalDate.of(2024, 1, 1),
				List.of(new ConsequenceRule("city-commendation", List.of(RecordKind.COMMENDATION), List.of(),
						List.of(RecordStatus.RECORDED), List.of(SubjectType.BODY), MeasureKind.PUBLIC_CRITICISM, 3,
						new LegalBasis("测政办发〔2024〕1号", "测试市失信惩戒办法", "第五条", null))),
				"市级细则");
		assertThat(table.version()).isEqualTo(1);
		assertThat(table.scope()).isEqualTo("9901");
		assertThat(table.publishedBy()).isEqualTo("test-admin");
		assertThat(table.reason()).isEqualTo("市级细则");
		var profile = full("pf-dept", "2024-06-30");
		// pf-r6 (2024-01-05, issued by the city, 990100) is judged by the city's version 1 ...
		assertThat(profile.measures()).filteredOn(m -> m.record().id().equals("pf-r6"))
			.extracting(Measure::kind, Measure::ruleVersion, Measure::ruleScope, Measure::until)
			.containsExactly(tuple(MeasureKind.PUBLIC_CRITICISM, 1, "9901", LocalDate.of(2024, 4, 5)));
		// ... pf-r2 (2023) keeps the built-in measures.
		assertThat(profile.measures()).filteredOn(m -> m.record().id().equals("pf-r2"))
			.extracting(Measure::ruleVersion)
			.containsOnly(0);
		assertThat(rules.versions()).extracting(ConsequenceRuleTable::version, ConsequenceRuleTable::scope)
			.containsExactly(tuple(0, ""), tuple(1, "9901"));
		assertThat(rules.inForce("990100", LocalDate.of(2023, 12, 31)).version()).isZero();
		assertThat(rules.inForce("990100", LocalDate.of(2024, 1, 1)).version()).isEqualTo(1);
		assertThat(rules.inForce("980100", LocalDate.of(2024, 1, 1)).version()).isZero();
	}

}
