package org.integritygraph.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.integritygraph.graph.Viewer;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Visibility;
import org.integritygraph.model.RelationshipField;
import org.integritygraph.model.entity.Person;
import org.integritygraph.support.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cypher derived for the relationship fields: its text for a few kinds of field (like a translation
 * test, without a database), and every derived query run read-only on a small graph.
 */
class FieldQueriesTest {

	@BeforeAll
	static void graph() {
		TestNeo4j.resetGraph();
		TestNeo4j.load("ingest/valid-city.jsonl");
	}

	@Test
	void aPlainField_followsTheRelationshipFromTheOwnersInIds_inItsOrder_andReadsOnlyTheOtherEnd() {
		// the relationship's properties are read for a field of links only (which show them)
		assertThat(FieldQueries.cypher(field("Body", "posts"))).isEqualTo("""
				MATCH (owner:Body)<-[rel:IN]-(other:Post)
				WHERE owner.id IN $ids
				RETURN owner.id AS key, other AS node
				ORDER BY coalesce(other.principal, false) DESC, other.title, other.id""");
	}

	@Test
	void aDatedFieldTakingAt_keepsTheRelationshipsValidOnTheDate_closedOpen() {
		// a post's holders are public by the tenure matched (公职): no disclosure predicate on them
		assertThat(FieldQueries.cypher(field("Post", "holders"))).isEqualTo("""
				MATCH (owner:Post)<-[rel:HELD]-(other:Person)
				WHERE owner.id IN $ids
				WITH owner, rel, other, rel.from AS from, rel.to AS to
				WHERE (from IS NULL OR from <= $at) AND (to IS NULL OR $at < to)
				RETURN owner.id AS key, other AS node, properties(rel) AS properties, from, to
				ORDER BY from, other.id""");
	}

	@Test
	void aPersonReachedOtherwise_isCheckedByTheDisclosureRule() {
		assertThat(FieldQueries.cypher(field("Record", "against")))
			.contains("WHERE owner.id IN $ids AND " + Visibility.predicate(List.of(GraphModel.BODY, GraphModel.PERSON,
					GraphModel.COMPANY), "other"));
		assertThat(FieldQueries.cypher(field("Contract", "signers")))
			.contains(Visibility.predicate(GraphModel.PERSON, "other"));
	}

	@Test
	void aResponsibility_takesThePhasesDatesWhereItHasNone() {
		assertThat(FieldQueries.cypher(field("Post", "responsibilities"))).isEqualTo("""
				MATCH (owner:Post)<-[rel:RESPONSIBLE]-(other:Phase)
				WHERE owner.id IN $ids
				WITH owner, rel, other, coalesce(rel.from, other.from) AS from, coalesce(rel.to, other.to) AS to
				RETURN owner.id AS key, other AS node, properties(rel) AS properties, from, to
				ORDER BY from, other.id""");
	}

	@Test
	void aProjectedField_readsOnlyTheNamedPropertiesOfTheOtherEnd_andItsLabels() {
		var query = FieldQueries.cypher(field("Post", "holders"), true);
		assertThat(query).contains("RETURN owner.id AS key, other {__labels: labels(other), "
				+ "__values: [key IN $projected | other[key]]} AS node,");
		var parameters = new HashMap<String, Object>(Entities.projected(Set.of("name", "id")));
		parameters.put("ids", List.of("po-mayor"));
		parameters.put("at", LocalDate.of(2020, 6, 1));
		var holders = TestNeo4j.reader()
			.list(Viewer.internal(LocalDate.now(), null), query, parameters, row -> (Person) Entities.read(row.get("node"), Entities.names(Set.of("name", "id"))));
		assertThat(holders).extracting(Person::id).containsExactly("pe-lin-mu");
		assertThat(holders).extracting(Person::name).doesNotContainNull();
		assertThat(holders).extracting(Person::gender).containsOnlyNulls();
	}

	@Test
	void aFieldToSeveralLabels_matchesAnyOfThem_andANarrowedOneOnlyItsOwn() {
		assertThat(FieldQueries.cypher(field("Record", "against"))).startsWith(
				"MATCH (owner:Record)-[rel:AGAINST]->(other:Body|Person|Company)");
		assertThat(FieldQueries.cypher(field("Person", "signedContracts"))).startsWith(
				"MATCH (owner:Person)<-[rel:SIGNED_BY]-(other:Contract)");
		assertThat(FieldQueries.cypher(field("Record", "events"))).startsWith(
				"MATCH (owner:Record)-[rel:HAS_EVENT]->(other:RecordEvent)");
	}

	@Test
	void everyDerivedQuery_runsReadOnly_andAnswersOnlyForTheOwnersAsked() {
		var reader = TestNeo4j.reader();
		for (var field : GraphModel.fields()) {
			var parameters = new HashMap<String, Object>();
			parameters.put("ids", List.of("bd-city", "po-mayor", "pe-lin-mu", "pj-park", "ph-park-procurement", "ct-park",
					"cm-park-payment", "rc-park-payment", "dc-park", "doc-credit-plan", "tk-credit-plan-3-2", "91990100MA0000001G"));
			parameters.put("at", LocalDate.of(2020, 6, 1));
			for (var viewer : List.of(Viewer.publicViewer(LocalDate.now(), null), Viewer.internal(LocalDate.now(), null))) {
				var rows = reader.list(viewer, FieldQueries.cypher(field), parameters, row -> row.get("key").asString());
				assertThat(rows).as(field.coordinates()).allMatch(key -> ((List<?>) parameters.get("ids")).contains(key));
			}
		}
	}

	@Test
	void everyDerivedQuery_readAheadForOneOwner_answersAsItsOwnQuery() {
		var reader = TestNeo4j.reader();
		var ids = List.of("bd-city", "po-mayor", "pe-lin-mu", "pj-park", "ph-park-procurement", "ct-park",
				"cm-park-payment", "rc-park-payment", "dc-park", "doc-credit-plan", "tk-credit-plan-3-2", "91990100MA0000001G");
		int read = 0;
		for (var field : GraphModel.fields()) {
			var parameters = new HashMap<String, Object>();
			parameters.put("ids", ids);
			parameters.put("at", LocalDate.of(2020, 6, 1));
			// as a list reads it ahead: bound as n, one owner at a time
			var nested = "MATCH (n:%s) WHERE n.id IN $ids CALL (n) {\n%s\n}\nRETURN n.id AS key, rows".formatted(
					field.owner().name(), FieldQueries.nested(field, "n", "rows", "at", null, Map.of()));
			for (var viewer : List.of(Viewer.publicViewer(LocalDate.now(), null), Viewer.internal(LocalDate.now(), null))) {
				var own = new HashMap<String, List<String>>();
				reader.list(viewer, FieldQueries.cypher(field), parameters, row -> row)
					.forEach(row -> own.computeIfAbsent(row.get("key").asString(), key -> new java.util.ArrayList<>())
						.add(describe(row)));
				var ahead = new HashMap<String, List<String>>();
				reader.list(viewer, nested, parameters, row -> row).forEach(row -> {
					var rows = row.get("rows").asList(value -> describe(value));
					if (!rows.isEmpty()) {
						ahead.put(row.get("key").asString(), rows);
					}
				});
				assertThat(ahead).as(field.coordinates()).isEqualTo(own);
				read += own.size();
			}
		}
		assertThat(read).as("fields with rows").isGreaterThan(20);
	}

	/** A row of a field's query: the other end's id and, for a link, the relationship's properties and dates. */
	private static String describe(org.neo4j.driver.types.MapAccessor row) {
		return row.get("node").get("id").asString() + " "
				+ (row.containsKey("properties") ? new java.util.TreeMap<>(row.get("properties").asMap()) : "") + " "
				+ (row.containsKey("from") ? row.get("from") + "-" + row.get("to") : "");
	}

	@Test
	void theHoldersOfAPost_onADate() {
		var reader = TestNeo4j.reader();
		var query = FieldQueries.cypher(field("Post", "holders"));
		var ids = List.of("po-mayor", "po-vice-mayor");
		var viewer = Viewer.publicViewer(LocalDate.now(), null);
		assertThat(reader.list(viewer, query, Map.of("ids", ids, "at", LocalDate.of(2020, 6, 1)), FieldQueriesTest::holding))
			.containsExactlyInAnyOrder("po-mayor:pe-lin-mu", "po-vice-mayor:pe-zhao-yun");
		// closed-open: the mayor's tenure ends on 2021-06-30, so that day the post is vacant
		assertThat(reader.list(viewer, query, Map.of("ids", ids, "at", LocalDate.of(2021, 6, 30)), FieldQueriesTest::holding))
			.containsExactly("po-vice-mayor:pe-zhao-yun");
	}

	private static String holding(org.neo4j.driver.Record row) {
		return row.get("key").asString() + ":" + row.get("node").asNode().get("id").asString();
	}

	private static RelationshipField field(String type, String name) {
		return GraphModel.fields()
			.stream()
			.filter(f -> f.owner().name().equals(type) && f.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
