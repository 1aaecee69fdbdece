package org.integritygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.integritygraph.graph.Database;
import org.integritygraph.audit.AuditTrail;
import org.integritygraph.audit.Change;
import org.integritygraph.audit.EntryDraft;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/** The importer against a real Neo4j with the graph-schema migrations applied. */
class JsonlImporterTest {

	private final JsonlImporter importer = new JsonlImporter(TestNeo4j.driver(), TestNeo4j.DATABASE);

	@TempDir
	Path dir;

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.resetGraph();
	}

	@Test
	void importValidFile_createsEveryNodeAndRelationship() {
		var result = importResource("ingest/valid-city.jsonl");

		assertThat(result).isEqualTo(new ImportResult(49, 18, 0, 29, 0, List.of()));
		assertThat(single("MATCH (n:Entity) RETURN count(n) AS count").get("count").asLong()).isEqualTo(18);
		assertThat(single("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS count").get("count").asLong())
			.isEqualTo(29);
		assertThat(single("MATCH (n) WHERE NOT n:Entity AND NOT n:__Neo4jMigration AND NOT n:Audit RETURN count(n) AS count")
			.get("count").asLong()).isZero();
		assertThat(single("MATCH (n:Body) RETURN count(n) AS count").get("count").asLong()).isEqualTo(3);
		assertThat(single("MATCH (:Phase)-[r:RESPONSIBLE]->() RETURN count(r) AS count").get("count").asLong())
			.isEqualTo(2);
	}

	@Test
	void importValidFile_storesDatesAsDateAndNumbersAsFloat() {
		importResource("ingest/valid-city.jsonl");

		var phase = single("""
				MATCH (p:Phase {id: 'ph-park-procurement'})
				RETURN valueType(p.from) AS fromType, p.from AS from, p.to AS to
				""");
		assertThat(phase.get("fromType").asString()).isEqualTo("DATE NOT NULL");
		assertThat(phase.get("from").asLocalDate()).isEqualTo(LocalDate.of(2019, 3, 1));
		assertThat(phase.get("to").asLocalDate()).isEqualTo(LocalDate.of(2019, 9, 30));
		var held = single("""
				MATCH (:Person {id: 'pe-lin-mu'})-[h:HELD]->(:Post {id: 'po-mayor'})
				RETURN valueType(h.from) AS fromType, valueType(h.to) AS toType, h.to AS to
				""");
		assertThat(held.get("fromType").asString()).isEqualTo("DATE NOT NULL");
		assertThat(held.get("toType").asString()).isEqualTo("DATE NOT NULL");
		assertThat(held.get("to").asLocalDate()).isEqualTo(LocalDate.of(2021, 6, 30));
		var project = single("""
				MATCH (p:Project {id: 'pj-park'})
				RETURN valueType(p.budget) AS budgetType, p.budget AS budget, p.kind AS kind, labels(p) AS labels
				""");
		assertThat(project.get("budgetType").asString()).isEqualTo("FLOAT NOT NULL");
		assertThat(project.get("budget").asDouble()).isEqualTo(1.2e8);
		assertThat(project.get("kind").asString()).isEqualTo("PPP");
		assertThat(project.get("labels").asList(value -> value.asString())).containsExactlyInAnyOrder("Entity",
				"Project");
		assertThat(single("MATCH (p:Post {id: 'po-mayor'}) RETURN valueType(p.principal) AS type").get("type")
			.asString()).isEqualTo("BOOLEAN NOT NULL");
	}

	@Test
	void importSameFileTwice_changesNothingTheSecondTime() {
		importResource("ingest/valid-city.jsonl");
		var afterFirst = TestNeo4j.snapshot();

		var second = importResource("ingest/valid-city.jsonl");

		assertThat(second).isEqualTo(new ImportResult(49, 0, 0, 0, 0, List.of()));
		assertThat(TestNeo4j.snapshot()).isEqualTo(afterFirst);
		assertThat(afterFirst.nodes()).isEqualTo(18);
		assertThat(afterFirst.relationships()).isEqualTo(29);
	}

	@Test
	void importCorrectedFile_updatesChangedPropertiesAndAddsNewRelationships() {
		importResource("ingest/valid-city.jsonl");

		var result = importResource("ingest/valid-city-updated.jsonl");

		assertThat(result).isEqualTo(new ImportResult(6, 0, 2, 1, 1, List.of()));
		var project = single("MATCH (p:Project {id: 'pj-park'}) RETURN p.phase AS phase, p.budget AS budget");
		assertThat(project.get("phase").asString()).isEqualTo("EXECUTION");
		assertThat(project.get("budget").asDouble()).as("not named, so kept").isEqualTo(1.2e8);
		assertThat(single("MATCH (p:Person {id: 'pe-lin-mu'}) RETURN p.nameEn AS nameEn").get("nameEn").isNull())
			.as("null removes the property")
			.isTrue();
		var tenures = TestNeo4j.driver().executableQuery("""
				MATCH (:Person {id: 'pe-zhao-yun'})-[h:HELD]->(post)
				RETURN post.id AS post, h.from AS from, h.to AS to ORDER BY h.from
				""").withConfig(TestNeo4j.queryConfig()).execute().records();
		assertThat(tenures).extracting(r -> r.get("post").asString(), r -> r.get("from").asLocalDate(),
				r -> r.get("to").isNull() ? null : r.get("to").asLocalDate())
			.containsExactly(tuple("po-vice-mayor", LocalDate.of(2018, 3, 1),
					LocalDate.of(2023, 1, 1)), tuple("po-mayor",
							LocalDate.of(2023, 1, 1), null));
		assertThat(TestNeo4j.snapshot().relationships()).isEqualTo(30);
	}

	@Test
	void importWithMissingEndNodeOnLastLine_leavesGraphUnchanged() {
		importResource("ingest/valid-city.jsonl");
		var before = TestNeo4j.snapshot();

		var result = importResource("ingest/missing-end-node.jsonl");

		assertThat(result.errors()).extracting(ImportError::message)
			.containsExactly("line 5: end node \"po-nowhere\" not found");
		assertThat(result).extracting(ImportResult::nodesCreated, ImportResult::relationshipsCreated)
			.containsExactly(0, 0);
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void importRelationshipBetweenWrongLabels_namesTheLineAndTheAllowedLabels() {
		importResource("ingest/valid-city.jsonl");
		var before = TestNeo4j.snapshot();

		var result = importResource("ingest/wrong-end-labels.jsonl");

		assertThat(result.errors()).extracting(ImportError::message)
			.containsExactly("line 1: HELD cannot connect Body \"bd-city\" to Post \"po-mayor\" (allowed: Person → Post)",
					"line 2: HAS_EVENT cannot connect Record \"rc-park-payment\" to CommitmentEvent "
							+ "\"ce-park-payment-overdue\" (allowed: Record → RecordEvent, Commitment → CommitmentEvent)",
					"line 3: start node \"po-nobody\" not found");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void importNodeWhoseIdExistsWithAnotherLabel_isRejected() {
		importResource("ingest/valid-city.jsonl");
		var before = TestNeo4j.snapshot();

		var result = importResource("ingest/label-conflict.jsonl");

		assertThat(result.errors()).extracting(ImportError::message)
			.containsExactly("line 2: node \"bd-city\" already exists in the graph as Body");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void importInvalidFile_writesNothing() {
		var result = importResource("ingest/errors.jsonl");

		assertThat(result.errors()).hasSize(21);
		assertThat(result.linesRead()).isEqualTo(23);
		assertThat(TestNeo4j.snapshot().nodes()).as("line 2 is valid but not written").isZero();
	}

	@Test
	void importInBatches_keepsTheBatchesBeforeTheFailingOne() {
		var result = this.importer.importFile(resourcePath("ingest/batches.jsonl"), 2);

		assertThat(result).isEqualTo(new ImportResult(4, 2, 0, 0, 0,
				List.of(new ImportError(4, "end node \"po-missing\" not found"))));
		assertThat(ids()).containsExactly("pe-a", "pe-b");
	}

	@Test
	void importRelationshipBeforeItsNodes_isRejectedWhateverTheBatchSize() {
		var oneBatch = this.importer.importFile(resourcePath("ingest/relationship-before-nodes.jsonl"),
				JsonlImporter.WHOLE_FILE);
		var lineByLine = this.importer.importFile(resourcePath("ingest/relationship-before-nodes.jsonl"), 1);

		assertThat(oneBatch.errors()).extracting(ImportError::message)
			.containsExactly("line 1: start node \"po-x\" not found (it is declared on line 2; a relationship can "
					+ "only name nodes in the graph or on earlier lines)");
		assertThat(lineByLine.errors()).extracting(ImportError::message)
			.containsExactly("line 1: start node \"po-x\" not found");
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	@Test
	void importAfterAFailingBatch_stillReportsTheBadLinesAfterItButWritesNothingMore() {
		var result = importText("""
				{"node":"Person","id":"pe-a","name":"甲"}
				{"rel":"HELD","start":"pe-a","end":"po-nowhere","from":"2020-01-01"}
				{"node":"Person","id":"pe-b","name":"乙"}
				{"node":"Person","id":"pe-c","name":"丙","age":3}
				""", 2);

		assertThat(result.errors()).extracting(ImportError::message)
			.containsExactly("line 2: end node \"po-nowhere\" not found", "line 4: unknown property \"age\" for Person");
		assertThat(result.linesRead()).isEqualTo(4);
		assertThat(ids()).isEmpty();
	}

	@Test
	void importInBatches_writesEachBatchInItsOwnTransactionWithItsAuditEntry() {
		importResource("ingest/valid-city.jsonl");
		var recorded = new ArrayList<List<Change>>();
		var recording = new JsonlImporter(TestNeo4j.driver(), Database.named(TestNeo4j.DATABASE),
				new AuditTrail(Clock.systemUTC()) {
					@Override
					public Optional<Appended> append(SimpleQueryRunner tx, EntryDraft draft, List<Change> changes) {
						recorded.add(changes);
						return super.append(tx, draft, changes);
					}
				});

		var result = recording.importFile(resourcePath("ingest/valid-city-updated.jsonl"), 3);

		assertThat(result).isEqualTo(new ImportResult(6, 0, 2, 1, 1, List.of()));
		assertThat(recorded).as("one entry per batch").hasSize(2);
		var changes = recorded.stream().flatMap(List::stream).toList();
		assertThat(changes).filteredOn(change -> change.target() == Change.Target.NODE)
			.extracting(Change::entityId, Change::operation)
			.containsExactlyInAnyOrder(tuple("pj-park", Change.Operation.UPDATED), tuple("pe-lin-mu", Change.Operation.UPDATED));
		assertThat(changes).filteredOn(change -> "pj-park".equals(change.entityId()))
			.singleElement()
			.satisfies(change -> {
				assertThat(change.before()).containsEntry("phase", "PROCUREMENT");
				assertThat(change.after().get("version")).isEqualTo(2L);
			});
		assertThat(changes).filteredOn(change -> change.target() == Change.Target.RELATIONSHIP)
			.extracting(Change::operation)
			.containsExactlyInAnyOrder(Change.Operation.CREATED, Change.Operation.UPDATED);
	}

	@Test
	void importInterrupted_thenResumed_endsWithTheSameGraphAsOneImport() throws IOException {
		var file = this.dir.resolve("city.jsonl");
		Files.copy(resourcePath("ingest/valid-city.jsonl"), file);
		var checkpoint = this.dir.resolve("city.checkpoint");
		var batches = new AtomicInteger();
		// The process dies while its third batch is being written.
		var dying = new JsonlImporter(TestNeo4j.driver(), Database.named(TestNeo4j.DATABASE),
				new AuditTrail(Clock.systemUTC()) {
					@Override
					public Optional<Appended> append(SimpleQueryRunner tx, EntryDraft draft, List<Change> changes) {
						if (batches.incrementAndGet() == 3) {
							throw new IllegalStateException("killed");
						}
						return super.append(tx, draft, changes);
					}
				});
		var options = new ImportOptions(10, checkpoint, false, null);
		assertThatIllegalStateException().isThrownBy(() -> dying.importFile(file, options)).withMessage("killed");
		assertThat(Checkpoint.read(checkpoint)).hasValueSatisfying(at -> assertThat(at.lines()).isEqualTo(20));

		var resumed = this.importer.importFile(file, new ImportOptions(10, checkpoint, true, null));

		assertThat(resumed.succeeded()).isTrue();
		assertThat(resumed.nodesCreated() + resumed.relationshipsCreated()).isEqualTo(18 + 29);
		assertThat(checkpoint).doesNotExist();
		var graph = TestNeo4j.snapshot();
		TestNeo4j.wipeData();
		importResource("ingest/valid-city.jsonl");
		// the same graph; the audit trail has one entry per committed batch of each run
		assertThat(graph).usingRecursiveComparison().ignoringFields("auditEntries").isEqualTo(TestNeo4j.snapshot());
		assertThat(graph.auditEntries()).isEqualTo(5);
	}

	@Test
	void importResumedFromAStaleCheckpoint_writesTheBatchesAgainAndChangesNothing() throws IOException {
		var file = this.dir.resolve("city.jsonl");
		Files.copy(resourcePath("ingest/valid-city.jsonl"), file);
		var checkpoint = this.dir.resolve("city.checkpoint");
		var stale = this.dir.resolve("stale.checkpoint");
		// As if killed after a commit and before its checkpoint: the checkpoint of the first batch only.
		this.importer.importFile(file, new ImportOptions(10, checkpoint, false, (lines, bytes) -> {
			if (lines == 10) {
				copy(checkpoint, stale);
			}
		}));
		var complete = TestNeo4j.snapshot();

		var resumed = this.importer.importFile(file, new ImportOptions(10, stale, true, null));

		assertThat(resumed).isEqualTo(new ImportResult(49, 9, 0, 0, 0, List.of()));
		assertThat(TestNeo4j.snapshot()).isEqualTo(complete);
	}

	private static void copy(Path from, Path to) {
		try {
			Files.copy(from, to);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void importResumed_whenTheFileChangedBeforeTheCheckpoint_isRefused() throws IOException {
		var file = this.dir.resolve("city.jsonl");
		Files.copy(resourcePath("ingest/valid-city.jsonl"), file);
		var checkpoint = this.dir.resolve("city.checkpoint");
		new Checkpoint(20, 1000, 12345, WriteCounts.NONE).write(checkpoint);

		assertThatExceptionOfType(CannotResumeException.class)
			.isThrownBy(() -> this.importer.importFile(file, new ImportOptions(10, checkpoint, true, null)))
			.withMessageContaining("does not begin with the 20 lines the checkpoint");
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	@Test
	void importRepeatedLines_mergesThemIntoOneNodeAndOneRelationship() {
		var result = importResource("ingest/repeated-lines.jsonl");

		assertThat(result).isEqualTo(new ImportResult(5, 2, 0, 1, 0, List.of()));
		var body = single("MATCH (b:Body {id: 'bd-x'}) RETURN b.name AS name, b.nameEn AS nameEn");
		assertThat(body.get("name").asString()).isEqualTo("新名");
		assertThat(body.get("nameEn").asString()).isEqualTo("Old name");
	}

	@Test
	void importRelationshipWithDifferentKey_isAnotherRelationship() {
		importResource("ingest/valid-city.jsonl");

		var result = importText("""
				{"rel":"PARTY","start":"ct-park","end":"bd-city","role":"BUYER"}
				{"rel":"PARTY","start":"ct-park","end":"bd-city","role":"GRANTOR"}
				{"rel":"RESPONSIBLE","start":"ph-park-procurement","end":"pe-zhao-yun","role":"RESPONSIBLE_OFFICER","to":"2019-06-30"}
				{"rel":"RESPONSIBLE","start":"ph-park-procurement","end":"pe-zhao-yun","role":"RESPONSIBLE_OFFICER","from":"2019-07-01"}
				""");

		// PARTY is keyed by role; RESPONSIBLE by role and from, where a missing from is a key too.
		assertThat(result).isEqualTo(new ImportResult(4, 0, 0, 2, 1, List.of()));
		assertThat(single("""
				MATCH (:Phase {id: 'ph-park-procurement'})-[r:RESPONSIBLE]->(:Person {id: 'pe-zhao-yun'})
				WHERE r.from IS NULL
				RETURN r.to AS to
				""").get("to").asLocalDate()).isEqualTo(LocalDate.of(2019, 6, 30));
	}

	@Test
	void importFromStream_reportsErrorsLikeAFile() {
		var result = importText("""
				{"node":"Body","id":"bd-x","name":"某局","kind":"BUREAU"}
				""");

		assertThat(result.succeeded()).isFalse();
		assertThat(result.summary()).isEqualTo(
				"rejected with 1 error(s); 1 lines read; nodes: 0 created, 0 updated; relationships: 0 created, 0 updated");
	}

	private ImportResult importResource(String resource) {
		return this.importer.importResource(new ClassPathResource(resource));
	}

	private ImportResult importText(String text) {
		return importText(text, JsonlImporter.WHOLE_FILE);
	}

	private ImportResult importText(String text, int batchSize) {
		try {
			return this.importer.importFrom(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test", batchSize);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path resourcePath(String resource) {
		try {
			return new ClassPathResource(resource).getFile().toPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> ids() {
		return TestNeo4j.driver()
			.executableQuery("MATCH (n:Entity) RETURN n.id AS id ORDER BY id")
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.stream()
			.map(record -> record.get("id").asString())
			.toList();
	}

	private static Record single(String query) {
		return TestNeo4j.driver()
			.executableQuery(query)
			.withParameters(Map.of())
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.getFirst();
	}

}
