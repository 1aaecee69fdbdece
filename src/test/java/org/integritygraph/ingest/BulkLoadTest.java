package org.integritygraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.integritygraph.IntegrityGraphApplication;
import org.integritygraph.audit.AuditLog;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import --bulk}: the first load of an empty embedded database through Neo4j's bulk importer writes
 * the graph, the versions and the audit trail that the transactional import writes for the same file, with
 * the schema's constraints and indexes; it refuses a database that holds data and a file it cannot load
 * whole, and then writes nothing.
 */
class BulkLoadTest {

	/**
	 * Every node and relationship with its properties, and every audited creation with what it set and its state
	 * after, as every reader of the trail reads them ({@link AuditLog#DERIVED}): the bulk load leaves some to be
	 * derived.
	 */
	private static final List<String> DUMP = List.of("""
			MATCH (n:Entity)
			RETURN n.id AS key, [label IN labels(n) WHERE label <> 'Entity'] AS labels, properties(n) AS properties
			ORDER BY key""", """
			MATCH (a:Entity)-[r]->(b:Entity)
			RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + coalesce(toString(r.from), '') AS key, [] AS labels,
			       properties(r) AS properties
			ORDER BY key""", """
			MATCH (e:AuditEntry)-[:HAS_CHANGE]->(c:AuditChange)
			WHERE e.operation = 'import' AND e.channel = 'COMMAND'
			OPTIONAL MATCH (c)-[:AFTER]->(a:AuditState)
			""" + AuditLog.DERIVED + """
			WITH c, coalesce(properties(a), derived) AS after
			RETURN c.target + ' ' + c.type + ' ' + coalesce(c.entityId, c.startId + '>' + c.endId) + ' '
			         + coalesce(toString(after.from), '') AS key,
			       [c.operation] + coalesce(c.changed, keys(after)) AS labels, after AS properties
			ORDER BY key""");

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aBulkLoad_writesTheGraphAndTheAuditTrailOfTheTransactionalImport() throws Exception {
		// a value the CSV files must quote (a delimiter and quotes), and spaces they must keep
		var file = this.dir.resolve("city.jsonl");
		Files.writeString(file, Files.readString(fixture("ingest/valid-city.jsonl"))
				+ "{\"node\":\"Body\",\"id\":\"bd-quoted\",\"name\":\" 青禾市\\\"一, 二\\\"办公室 \",\"kind\":\"DEPARTMENT\"}\n");
		var db = this.dir.resolve("db");

		var code = bulk(db, file);

		assertThat(code).as(text(this.err)).isEqualTo(ApplicationCommand.OK);
		assertThat(text(this.out)).contains("Loaded: 50 lines: 19 nodes, 29 relationships, 1 audit entries");

		TestNeo4j.resetGraph();
		new JsonlImporter(TestNeo4j.driver(), TestNeo4j.DATABASE).importFile(file,
				ImportOptions.batches(ImportOptions.DEFAULT_BATCH_SIZE)
					.as(org.integritygraph.security.Actor.of(org.integritygraph.security.Actor.Channel.COMMAND, "import",
							file.toAbsolutePath().normalize().toString())));
		var expected = new ArrayList<Map<String, String>>();
		for (var query : DUMP) {
			expected.add(TestNeo4j.driver()
				.executableQuery(query)
				.withConfig(TestNeo4j.queryConfig())
				.execute()
				.records()
				.stream()
				.collect(TreeMap::new, (map, row) -> map.put(row.get("key").asString(),
						sorted(row.get("labels").asList(Value::asString)) + " " + new TreeMap<>(row.get("properties").asMap())),
						Map::putAll));
		}
		var constraints = TestNeo4j.driver()
			.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asLong();

		var dbms = new DatabaseManagementServiceBuilder(db).build();
		try {
			var graph = dbms.database(TestNeo4j.DATABASE);
			for (int i = 0; i < DUMP.size(); i++) {
				assertThat(dump(graph, DUMP.get(i))).as(DUMP.get(i)).isEqualTo(expected.get(i)).isNotEmpty();
			}
			assertThat(single(graph, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")).isEqualTo(constraints);
			assertThat(single(graph, "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n"))
				.isEqualTo(0L);
			assertThat(single(graph, "MATCH (s:AuditSequence {name: 'audit'}) RETURN s.value AS n")).isEqualTo(1L);
			assertThat(single(graph, "MATCH (e:AuditEntry) RETURN e.changeCount AS n")).isEqualTo(48L);
			assertThat(single(graph, "MATCH (b:Body {id: 'bd-quoted', name: ' 青禾市\"一, 二\"办公室 '}) RETURN count(b) AS n"))
				.isEqualTo(1L);
		}
		finally {
			dbms.shutdown();
		}

		// the benchmark's floor: the same graph, without the audit trail
		var floor = this.dir.resolve("floor");
		assertThat(BulkLoad.loadWithoutAudit(file, floor, TestNeo4j.DATABASE).nodes()).isEqualTo(19);
		dbms = new DatabaseManagementServiceBuilder(floor).build();
		try {
			var graph = dbms.database(TestNeo4j.DATABASE);
			for (int i = 0; i < 2; i++) {
				assertThat(dump(graph, DUMP.get(i))).as(DUMP.get(i)).isEqualTo(expected.get(i));
			}
			assertThat(single(graph, "MATCH (a:Audit) RETURN count(a) AS n")).isZero();
		}
		finally {
			dbms.shutdown();
		}
	}

	@Test
	void aFileWithABadOrRepeatedLine_orADatabaseWithData_isRefused_andNothingIsLoaded() throws Exception {
		var db = this.dir.resolve("db");
		var repeated = this.dir.resolve("repeated.jsonl");
		Files.writeString(repeated, Files.readString(fixture("ingest/valid-city.jsonl"))
				+ "{\"node\":\"Body\",\"id\":\"bd-city\",\"name\":\"again\",\"kind\":\"GOVERNMENT\"}\n");

		assertThat(bulk(db, repeated)).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(text(this.err)).contains("line 50: node \"bd-city\" is already given on line 2",
				"Nothing loaded: 1 bad line(s)");
		assertThat(BulkLoad.isEmpty(db, TestNeo4j.DATABASE)).isTrue();

		assertThat(bulk(db, fixture("ingest/missing-end-node.jsonl"))).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(text(this.err)).contains("not found");
		assertThat(BulkLoad.isEmpty(db, TestNeo4j.DATABASE)).isTrue();

		assertThat(bulk(db, fixture("ingest/valid-city.jsonl"))).isEqualTo(ApplicationCommand.OK);
		assertThat(bulk(db, fixture("ingest/valid-city.jsonl"))).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(text(this.err)).contains("--bulk needs an empty database");
	}

	@Test
	void theDatabasesSettingsFile_isReadWhenTheSchemaIsBuilt_andAMissingOneIsRefusedBeforeLoading() throws Exception {
		var db = this.dir.resolve("db");
		var missing = this.dir.resolve("missing.conf");
		assertThat(bulk(db, fixture("ingest/valid-city.jsonl"), "--integrity.embedded.config-file=" + missing))
			.isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(text(this.err)).contains("integrity.embedded.config-file: no such file " + missing.toAbsolutePath());
		assertThat(BulkLoad.isEmpty(db, TestNeo4j.DATABASE)).isTrue();

		var settings = Files.writeString(this.dir.resolve("neo4j.conf"), "server.memory.pagecache.size=64m\n");
		assertThat(bulk(db, fixture("ingest/valid-city.jsonl"), "--integrity.embedded.config-file=" + settings))
			.isEqualTo(ApplicationCommand.OK);
		assertThat(Files.readString(db.resolve("logs").resolve("debug.log"))).contains("server.memory.pagecache.size=64.00MiB");
	}

	private int bulk(Path db, Path file, String... settings) {
		this.out.reset();
		this.err.reset();
		var arguments = new ArrayList<String>(List.of("--integrity.embedded.data-directory=" + db,
				"--integrity.embedded.bolt-port=0"));
		arguments.addAll(List.of(settings));
		return new Commands(IntegrityGraphApplication.class, arguments.toArray(String[]::new))
			.execute(IntegrityGraphApplication.commands(), new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8), "import", "--file", file.toString(),
					"--bulk", "--no-progress");
	}

	private static Map<String, String> dump(GraphDatabaseService graph, String query) {
		try (var tx = graph.beginTx()) {
			var dump = new TreeMap<String, String>();
			tx.execute(query).accept(row -> {
				@SuppressWarnings("unchecked")
				var labels = (List<String>) row.get("labels");
				@SuppressWarnings("unchecked")
				var properties = (Map<String, Object>) row.get("properties");
				dump.put((String) row.get("key"), sorted(labels) + " " + new TreeMap<>(normalised(properties)));
				return true;
			});
			return dump;
		}
	}

	/** A change's operation and the properties it set, in one order (a derived set comes in the graph's order). */
	private static List<String> sorted(List<String> labels) {
		return labels.stream().sorted().toList();
	}

	/** The embedded API's values as the driver gives them (arrays as lists, ints as longs). */
	private static Map<String, Object> normalised(Map<String, Object> properties) {
		var normalised = new TreeMap<String, Object>();
		properties.forEach((key, value) -> normalised.put(key, switch (value) {
			case String[] array -> List.of(array);
			case Integer number -> number.longValue();
			default -> value;
		}));
		return normalised;
	}

	private static long single(GraphDatabaseService graph, String query) {
		try (var tx = graph.beginTx()) {
			return ((Number) tx.execute(query).next().get("n")).longValue();
		}
	}

	private static Path fixture(String resource) throws java.io.IOException {
		return new ClassPathResource(resource).getFile().toPath();
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
