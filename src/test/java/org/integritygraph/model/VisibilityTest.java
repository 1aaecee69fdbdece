package org.integritygraph.model;

import java.time.LocalDate;

import org.integritygraph.model.entity.Record;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The disclosure rules as declared: a rule for every label, the record rule in Java, the predicate's shape. */
class VisibilityTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	@Test
	void everyLabelHasARule_andOnlyRecordsTheirEventsAndPersonsAreConditional() {
		assertThat(GraphModel.labels()).allSatisfy(label -> assertThat(Visibility.predicate(label, "n")).isNotBlank());
		assertThat(GraphModel.labels().stream().filter(label -> !Visibility.wholeLabelPublic(label)))
			.containsExactlyInAnyOrder(GraphModel.PERSON, GraphModel.RECORD, GraphModel.RECORD_EVENT);
		assertThat(Visibility.predicate(GraphModel.BODY, "n")).isEqualTo("true");
		assertThat(Visibility.predicate(GraphModel.RECORD, "r")).startsWith("($disclosure.all OR ").contains("r.status");
		assertThat(Visibility.predicate("x")).contains("WHEN x:Record THEN", "WHEN x:Person THEN", "ELSE true END");
	}

	@Test
	void theHolderOfAPost_isPublicByTheTenure_andNothingElseProvesVisibility() {
		assertThat(Visibility.shownBy(GraphModel.HELD, true)).isTrue();
		assertThat(Visibility.shownBy(GraphModel.HELD, false)).isFalse();
		assertThat(Visibility.shownBy(GraphModel.SIGNED_BY, false)).isFalse();
		assertThat(Visibility.shownBy(GraphModel.AGAINST, false)).isFalse();
		assertThat(Visibility.predicate(GraphModel.PERSON, "p")).contains("EXISTS { MATCH (p)-[:HELD]->(:Post) }");
	}

	@Test
	void aRecordIsPublic_onlyWhileItsDisclosurePeriodRuns_andOnlyAsRecorded() {
		assertThat(Visibility.isPublic(record("RECORDED", "2025-01-01", "2027-01-01"), TODAY)).isTrue();
		assertThat(Visibility.isPublic(record("RECORDED", "2026-06-01", "2026-06-02"), TODAY)).isTrue();
		// closed-open: the last day of the period is the day before disclosureUntil
		assertThat(Visibility.isPublic(record("RECORDED", "2025-01-01", "2026-06-01"), TODAY)).isFalse();
		assertThat(Visibility.isPublic(record("RECORDED", "2026-06-02", "2027-01-01"), TODAY)).isFalse();
		assertThat(Visibility.isPublic(record("RECORDED", "2025-01-01", null), TODAY)).isFalse();
		for (var status : new String[] { "OBJECTION_PENDING", "REVOKED", "REPAIRED", "EXEMPTED", "EXPIRED" }) {
			assertThat(Visibility.isPublic(record(status, "2025-01-01", "2027-01-01"), TODAY)).as(status).isFalse();
		}
	}

	@Test
	void personalAndRestrictedProperties_areNotPublic() {
		assertThat(GraphModel.PERSON.property("idNumber").map(Visibility::isPublic)).hasValue(false);
		assertThat(GraphModel.PERSON.property("birthDate").map(Visibility::isPublic)).hasValue(false);
		assertThat(GraphModel.RECORD_EVENT.property("reason").map(Visibility::isPublic)).hasValue(false);
		assertThat(GraphModel.PERSON.property("name").map(Visibility::isPublic)).hasValue(true);
	}

	private static Record record(String status, String decidedOn, String until) {
		return new Record("rc", "ADMINISTRATIVE_PENALTY", "MINOR", status, "t", null, LocalDate.parse(decidedOn),
				(until != null) ? LocalDate.parse(until) : null, null, null, null, 0);
	}

}
