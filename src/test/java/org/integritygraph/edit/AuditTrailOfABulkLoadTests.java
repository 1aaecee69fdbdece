package org.integritygraph.edit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.integritygraph.ingest.BulkLoad;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Relationship;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test of the audit trail again, over loads recorded in the lighter form of the bulk load
 * ({@link BulkLoad}): creations without the names of what they set, and without a state after for a node or a
 * relationship of a type without keys. History, the change feed, the log and reads as of a recorded time derive
 * what is left out and answer as they do over the transactional import's trail ({@code BulkLoadTest} checks
 * that the bulk load writes this very form).
 */
class AuditTrailOfABulkLoadTests extends AuditTrailTests {

	/** Turns the import's trail into the bulk load's form. */
	private static final String BULK_FORM = """
			MATCH (:AuditEntry {operation: 'import'})-[:HAS_CHANGE]->(c:AuditChange {operation: 'CREATED'})
			REMOVE c.changed
			WITH c WHERE c.target = 'NODE' OR NOT c.type IN $keyed
			OPTIONAL MATCH (c)-[:AFTER]->(a:AuditState)
			DETACH DELETE a
			""";

	@Override
	@BeforeEach
	void loadFixture() {
		super.loadFixture();
		toBulkForm();
	}

	@Test
	void aReadAsOfATimeBeforeALaterLoad_removesWhatItCreated_withOrWithoutItsStateAfter() {
		var before = TestNeo4j.snapshot().facts();
		var loaded = OffsetDateTime.parse(audit("{ auditLog(first: 1) { nodes { at } } }").read("$.data.auditLog.nodes[0].at"));
		// a post with its body (a type without keys), a tenure (with keys), and a link between two nodes loaded before
		TestNeo4j.load("edit/city-later.jsonl");
		toBulkForm();
		var after = TestNeo4j.snapshot().facts();
		assertThat(after).isNotEqualTo(before);

		assertThat(snapshotKnownAt(loaded)).as("the graph as recorded before the later load").isEqualTo(before);
		assertThat(TestNeo4j.snapshot().facts()).as("rewinding is always rolled back").isEqualTo(after);

		var history = audit("""
				{ record(id: "rc-road-penalty") { history { operation target type startId endId after changedProperties } } }""");
		List<Map<String, Object>> concerns = history.read("$.data.record.history[?(@.endId == 'ct-road')]");
		assertThat(concerns).singleElement().satisfies(change -> {
			assertThat(change).containsEntry("operation", "CREATED").containsEntry("type", "CONCERNS");
			assertThat(change.get("after")).isEqualTo(Map.of("version", 1));
			assertThat(change.get("changedProperties")).isEqualTo(List.of("version"));
		});
	}

	private static void toBulkForm() {
		var keyed = GraphModel.relationships().stream().filter(type -> !type.keys().isEmpty()).map(Relationship::type).toList();
		assertThat(keyed).contains("HELD").doesNotContain("CONCERNS", "IN");
		TestNeo4j.driver().executableQuery(BULK_FORM).withParameters(Map.of("keyed", keyed))
			.withConfig(TestNeo4j.queryConfig()).execute();
	}

}
