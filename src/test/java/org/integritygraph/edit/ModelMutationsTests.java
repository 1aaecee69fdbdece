package org.integritygraph.edit;

import java.util.List;
import java.util.Map;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mutations derived from the model for every label and relationship type: validation by the declaration,
 * versions (optimistic locking), idempotency keys; a refused edit changes nothing.
 */
class ModelMutationsTests extends EditingTest {

	@Test
	void everyLabelAndRelationshipType_hasItsDerivedMutations() {
		var response = post("{ __schema { mutationType { fields { name } } } }");
		List<String> names = response.read("$.data.__schema.mutationType.fields[*].name");
		assertThat(names).containsAll(EditSchema.mutationNames().keySet());
		assertThat(names).contains("createBody", "updateBody", "createPerson", "updatePost", "updateCommitment",
				"createPartOf", "updatePartOf", "endPartOf", "createHeld", "endHeld", "createAgainst", "createSourcedFrom",
				"updatePhase", "createDecision");
		assertThat(names).as("created or changed by domain operations only").doesNotContain("createRecordEvent",
				"updateRecordEvent", "updateRecord", "createPhase", "createHasEvent", "createSucceededBy",
				"createTransferredTo", "createMade");
	}

	@Test
	void aTaskWrittenInTraditionalCharacters_isFoundInEitherScript_afterItsCreationAndEveryEdit() {
		post("""
				mutation { createTask(input: {id: "tk-budget", number: "1", text: "推進預算公開"}) { userErrors { code } } }""");
		assertThat(searchText("tk-budget")).isEqualTo("推进预算公开");
		var found = "{ search(text: \"预算公开\") { edges { node { id } } } }";
		assertThat(post(found).<List<String>>read("$.data.search.edges[*].node.id")).contains("tk-budget");

		post("""
				mutation { updateTask(input: {id: "tk-budget", text: "完善績效評價"}) { userErrors { code } } }""");
		assertThat(searchText("tk-budget")).isEqualTo("完善绩效评价");
		assertThat(post(found).<List<String>>read("$.data.search.edges[*].node.id")).doesNotContain("tk-budget");

		post("""
				mutation { updateTask(input: {id: "tk-budget", text: "完善绩效评价"}) { userErrors { code } } }""");
		assertThat(searchText("tk-budget")).as("simplified already: no copy").isNull();
	}

	private static String searchText(String id) {
		var value = TestNeo4j.driver()
			.executableQuery("MATCH (t:Task {id: $id}) RETURN t.searchText AS text")
			.withParameters(Map.of("id", id))
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.getFirst()
			.get("text");
		return value.isNull() ? null : value.asString();
	}

	@Test
	void createBody_withACheckedCreditCode_startsAtVersionOne() {
		var response = post("""
				mutation { createBody(input: {id: "bd-stats", name: "青禾市统计局", kind: DEPARTMENT, uscc: "11990100MB0000001T",
				                              establishedOn: "2010-01-01", reason: "新设"}) {
				  body { id name uscc version } userErrors { code } audit { operation reason changeCount } } }""");
		assertThat(errorCodes(response, "createBody")).isEmpty();
		assertThat(response.<Integer>read("$.data.createBody.body.version")).isEqualTo(1);
		assertThat(response.<String>read("$.data.createBody.audit.operation")).isEqualTo("createBody");
		assertThat(response.<Integer>read("$.data.createBody.audit.changeCount")).isEqualTo(1);
	}

	@Test
	void invalidValues_areTypedErrorsNamingTheField_andChangeNothing() {
		var before = TestNeo4j.snapshot();
		var response = post("""
				mutation { createBody(input: {name: "青禾市统计局", kind: DEPARTMENT, uscc: "11990100MB0000001X",
				                              divisionCode: "99", establishedOn: "2020-01-01", abolishedOn: "2019-01-01"}) {
				  body { id } userErrors { code field message } } }""");
		assertThat(response.<Object>read("$.data.createBody.body")).isNull();
		assertThat(errorCodes(response, "createBody")).containsExactly("INVALID_VALUE", "INVALID_VALUE", "DATE_ORDER");
		assertThat(response.<List<List<String>>>read("$.data.createBody.userErrors[*].field")).containsExactly(
				List.of("input", "divisionCode"), List.of("input", "uscc"), List.of("input", "abolishedOn"));
		var person = post("""
				mutation { createPerson(input: {name: "张三", idNumber: "990100198001011231"}) { userErrors { code field } } }""");
		assertThat(errorCodes(person, "createPerson")).containsExactly("INVALID_VALUE");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void aValueOutsideItsEnumeration_isRefusedByTheSchema() {
		var response = this.graphQl.post("""
				mutation { createBody(input: {name: "某局", kind: AGENCY}) { userErrors { code } } }""");
		assertThat(response.<String>read("$.errors[0].extensions.classification")).isEqualTo("ValidationError");
	}

	@Test
	void updateBody_setsAndClearsProperties_andCountsTheVersionUp() {
		var response = post("""
				mutation { updateBody(input: {id: "bd-drc", expectedVersion: 1, nameEn: "Qinghe DRC", level: null,
				                              reason: "补充英文名"}) {
				  body { nameEn level version } userErrors { code } } }""");
		assertThat(errorCodes(response, "updateBody")).isEmpty();
		assertThat(response.<String>read("$.data.updateBody.body.nameEn")).isEqualTo("Qinghe DRC");
		assertThat(response.<Object>read("$.data.updateBody.body.level")).isNull();
		assertThat(response.<Integer>read("$.data.updateBody.body.version")).isEqualTo(2);

		var required = post("""
				mutation { updateBody(input: {id: "bd-drc", name: null}) { userErrors { code field } } }""");
		assertThat(errorCodes(required, "updateBody")).containsExactly("REQUIRED");
	}

	@Test
	void aStaleVersion_isAConflict_andChangesNothing() {
		post("""
				mutation { updateBody(input: {id: "bd-drc", expectedVersion: 1, nameEn: "first"}) { userErrors { code } } }""");
		var before = TestNeo4j.snapshot();
		var stale = post("""
				mutation { updateBody(input: {id: "bd-drc", expectedVersion: 1, nameEn: "second"}) {
				  body { id } userErrors { code currentVersion message } } }""");
		assertThat(errorCodes(stale, "updateBody")).containsExactly("CONFLICT");
		assertThat(stale.<Integer>read("$.data.updateBody.userErrors[0].currentVersion")).isEqualTo(2);
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void aRetryWithTheSameIdempotencyKey_appliesOnce() {
		var create = """
				mutation { createBody(input: {name: "青禾市数据局", kind: DEPARTMENT, idempotencyKey: "k-7f3a", reason: "新设"}) {
				  body { id version } replayed audit { sequence } userErrors { code } } }""";
		var first = post(create);
		var afterFirst = TestNeo4j.snapshot();
		var retry = post(create);

		assertThat(first.<Boolean>read("$.data.createBody.replayed")).isFalse();
		assertThat(retry.<Boolean>read("$.data.createBody.replayed")).isTrue();
		assertThat(retry.<String>read("$.data.createBody.body.id")).isEqualTo(first.read("$.data.createBody.body.id"));
		assertThat(retry.<Integer>read("$.data.createBody.audit.sequence"))
			.isEqualTo(first.read("$.data.createBody.audit.sequence"));
		assertThat(TestNeo4j.snapshot()).isEqualTo(afterFirst);

		var other = post("""
				mutation { updateBody(input: {id: "bd-drc", nameEn: "x", idempotencyKey: "k-7f3a"}) { userErrors { code } } }""");
		assertThat(errorCodes(other, "updateBody")).containsExactly("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void relationships_areCreatedUpdatedAndEnded_neverDeleted() {
		var created = post("""
				mutation { createPartOf(input: {startId: "bd-transport-centre", endId: "bd-city", from: "2012-01-01"}) {
				  relationship { type start { id } end { id } properties version } userErrors { code message } } }""");
		assertThat(errorCodes(created, "createPartOf")).containsExactly("OVERLAP");

		var ended = post("""
				mutation { endPartOf(input: {startId: "bd-transport-centre", endId: "bd-transport", from: "2012-01-01",
				                             to: "2024-01-01", reason: "划转"}) {
				  relationship { properties version } userErrors { code } } }""");
		assertThat(errorCodes(ended, "endPartOf")).isEmpty();
		assertThat(ended.<Map<String, Object>>read("$.data.endPartOf.relationship.properties"))
			.containsEntry("from", "2012-01-01").containsEntry("to", "2024-01-01");
		assertThat(ended.<Integer>read("$.data.endPartOf.relationship.version")).isEqualTo(2);

		var moved = post("""
				mutation { createPartOf(input: {startId: "bd-transport-centre", endId: "bd-city", from: "2024-01-01"}) {
				  relationship { version } userErrors { code } } }""");
		assertThat(errorCodes(moved, "createPartOf")).isEmpty();
		var again = post("""
				mutation { endPartOf(input: {startId: "bd-transport-centre", endId: "bd-transport", from: "2012-01-01",
				                             to: "2024-02-01"}) { userErrors { code } } }""");
		assertThat(errorCodes(again, "endPartOf")).containsExactly("ALREADY_ENDED");

		var corrected = post("""
				mutation { updatePartOf(input: {startId: "bd-transport-centre", endId: "bd-transport", from: "2012-01-01",
				                                changes: {from: "2012-07-01"}, expectedVersion: 2}) {
				  relationship { properties version } userErrors { code } } }""");
		assertThat(corrected.<Map<String, Object>>read("$.data.updatePartOf.relationship.properties"))
			.containsEntry("from", "2012-07-01");
	}

	@Test
	void aRelationship_connectsOnlyExistingNodesOfTheLabelsItsTypeAllows() {
		var wrong = post("""
				mutation { createHeld(input: {startId: "po-vm", endId: "pe-wu", from: "2020-01-01"}) { userErrors { code field } } }""");
		assertThat(errorCodes(wrong, "createHeld")).containsExactly("WRONG_TYPE", "WRONG_TYPE");
		var missing = post("""
				mutation { createHeld(input: {startId: "pe-nobody", endId: "po-vm", from: "2020-01-01"}) { userErrors { code field } } }""");
		assertThat(errorCodes(missing, "createHeld")).containsExactly("NOT_FOUND");
		assertThat(missing.<List<String>>read("$.data.createHeld.userErrors[0].field")).containsExactly("input", "startId");
		var empty = post("""
				mutation { createHeld(input: {startId: "pe-wu", endId: "po-housing-director", from: "2020-01-01", to: "2020-01-01"}) {
				  userErrors { code } } }""");
		assertThat(errorCodes(empty, "createHeld")).containsExactly("DATE_ORDER");
	}

}
