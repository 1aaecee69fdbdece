package org.integritygraph.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integritygraph.api.GraphQlClient;
import org.integritygraph.security.Role;
import org.integritygraph.security.TokenIssuer;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.IntegrityGraphApplication;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code documents import} end to end: the command of the application on the suite's Neo4j, then
 * the GraphQL API over HTTP, on the two seed documents and the bodies of their cities
 * (src/test/resources/document/seed-bodies.jsonl), as the README shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "integrity.sample.enabled=false")
class DocumentsEndToEndTests {

	static final String FOLDER = "src/test/resources/document/";

	static final String ZHONGWEI = FOLDER + "seed-000-zhongwei.txt";

	static final String JIEYANG = FOLDER + "seed-001-jieyang.md";

	static final String ALIASES = FOLDER + "seed-aliases.tsv";

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.registerProperties(registry);
	}

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	TokenIssuer issuer;

	@LocalServerPort
	int port;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void bodiesOfBothCities() {
		TestNeo4j.resetGraph();
		TestNeo4j.load("document/seed-bodies.jsonl");
	}

	@Test
	void importBothSeeds_writesEveryTaskAndResolvesEveryUnitAsExpected() {
		var code = documents("import", ZHONGWEI, JIEYANG, "--aliases", ALIASES);

		assertThat(code).as(err()).isEqualTo(ApplicationCommand.OK);
		assertThat(err()).isEmpty();
		assertThat(out()).contains("卫政办发〔2018〕175号  市人民政府办公室关于印发中卫市加强政务诚信建设实施方案的通知")
			.contains("document doc-卫政办发-2018-175, issued 2018-11-20 by 中卫市人民政府办公室 (bd-zw-office); jurisdiction 中卫市人民政府 (bd-zw)")
			.contains("13 tasks; 42 units: 17 exact, 2 alias, 4 abbreviation rule, 0 provisional, 19 general, 0 unresolved, 0 ambiguous")
			.contains("24 tasks; 87 units: ")
			.contains("Changes: new document.");
		assertThat(count("MATCH (:Document {id: 'doc-卫政办发-2018-175'})-[:ASSIGNS]->(t:Task) RETURN count(t)")).isEqualTo(13);
		assertThat(count("MATCH (:Document {id: 'doc-揭府-2018-38'})-[:ASSIGNS]->(t:Task) RETURN count(t)")).isEqualTo(24);
		assertResolutions("doc-卫政办发-2018-175", "seed-000-zhongwei");
		assertResolutions("doc-揭府-2018-38", "seed-001-jieyang");
	}

	@Test
	void importTheSameDocumentAgain_changesNothing() {
		documents("import", ZHONGWEI, JIEYANG, "--aliases", ALIASES);
		var before = TestNeo4j.snapshot();
		this.out.reset();

		var code = documents("import", ZHONGWEI, JIEYANG, "--aliases", ALIASES);

		assertThat(code).isEqualTo(ApplicationCommand.OK);
		assertThat(out()).contains("Changes: none (the graph already holds this version).")
			.contains("nodes: 0 created, 0 updated; relationships: 0 created, 0 updated")
			.doesNotContain("Changes: new document.");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void importACorrectedVersion_updatesItInPlace_andReportsWhatChanged(@TempDir Path dir) throws IOException {
		documents("import", ZHONGWEI);
		var original = Files.readString(Path.of(ZHONGWEI));
		var corrected = original
			.replace("(牵头单位:市发展和改革委员会、市财政局,配合单位:市直各有关部门;",
					"(牵头单位:市发展和改革委员会、市财政局,配合单位:市审计局、市直各有关部门;")
			.replace("(牵头单位:市财政局;各县〈区〉人民政府按职责分工负责)", "(牵头单位:市发展和改革委员会;各县〈区〉人民政府按职责分工负责)")
			.replace("12.加强地方政府债务领域政务诚信建设。", "12.加强地方政府债务领域政务诚信建设工作。")
			.replaceAll("(?s)13\\.加强街道和乡镇政务诚信建设.*?按职责分工负责\\)\\n", "");
		var file = dir.resolve("seed-000-zhongwei.txt");
		Files.writeString(file, corrected);
		this.out.reset();

		var code = documents("import", file.toString());

		assertThat(code).isEqualTo(ApplicationCommand.OK);
		assertThat(out()).contains("Changes:\n  document: text changed\n")
			.contains("  task 10: + COOPERATE 市审计局 (bd-zw-audit)\n")
			.contains("  task 10: text, cooperatingUnitNames changed\n")
			.contains("  task 12: text, title, leadUnitNames changed\n")
			.contains("  task 12: + LEAD 市发展和改革委员会 (bd-zw-drc)\n")
			.contains("  task 12: - LEAD 市财政局 (bd-zw-finance)\n")
			.contains("  task 13: withdrawn\n");
		assertThat(count("""
				MATCH (:Task {id: 'doc-卫政办发-2018-175/12'})-[r:LEAD]->(b:Body {id: 'bd-zw-finance'})
				WHERE r.withdrawnOn IS NULL RETURN count(b)""")).isZero();
		assertThat(count("MATCH (:Task {id: 'doc-卫政办发-2018-175/10'})-[:COOPERATES]->(b:Body {id: 'bd-zw-audit'}) RETURN count(b)"))
			.isEqualTo(1);
		assertThat(count("""
				MATCH (:Document {id: 'doc-卫政办发-2018-175'})-[:ASSIGNS]->(t:Task) WHERE t.withdrawnOn IS NULL
				RETURN count(t)""")).isEqualTo(12);
	}

	@Test
	void aCorrectedVersion_withdrawsWhatItDrops_neverDeletesIt_andTheHistorySaysWhy(@TempDir Path dir)
			throws IOException {
		documents("import", ZHONGWEI);
		var corrected = Files.readString(Path.of(ZHONGWEI))
			.replace("(牵头单位:市财政局;各县〈区〉人民政府按职责分工负责)", "(牵头单位:市发展和改革委员会;各县〈区〉人民政府按职责分工负责)")
			.replaceAll("(?s)13\\.加强街道和乡镇政务诚信建设.*?按职责分工负责\\)\\n", "");
		var file = dir.resolve("seed-000-zhongwei-v2.txt");
		Files.writeString(file, corrected);
		var nodes = count("MATCH (n:Entity) RETURN count(n)");
		var relationships = count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)");

		assertThat(documents("import", file.toString())).isEqualTo(ApplicationCommand.OK);

		var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		assertThat(count("MATCH (n:Entity) RETURN count(n)")).as("nothing deleted").isEqualTo(nodes);
		assertThat(count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")).as("nothing deleted, one LEAD added")
			.isEqualTo(relationships + 1);
		var auditor = new GraphQlClient(this.port)
			.withToken(this.issuer.issue(Role.AUDITOR, "auditor-li", List.of(), Duration.ofMinutes(10)));
		var response = auditor.post("""
				{ dropped: node(id: "doc-卫政办发-2018-175/13") { ... on Task { number withdrawnOn document { id }
				      leads { id } history { changedProperties entry { operation actor channel source reason } } } }
				  doc: documentByDocNo(docNo: "卫政办发〔2018〕175号") { tasks { number } }
				  finance: body(id: "bd-zw-finance") { ledTasks { number } }
				  task12: node(id: "doc-卫政办发-2018-175/12") { ... on Task { leads { id } assignments { role unit body { id } } } } }""");

		assertThat(response.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		assertThat(response.<String>read("$.data.dropped.number")).isEqualTo("13");
		assertThat(response.<String>read("$.data.dropped.withdrawnOn")).isEqualTo(today);
		assertThat(response.<String>read("$.data.dropped.document.id")).isEqualTo("doc-卫政办发-2018-175");
		assertThat(response.<List<String>>read("$.data.dropped.leads[*].id")).as("its links withdrawn too").isEmpty();
		List<Map<String, Object>> entries = response.read("$.data.dropped.history[*].entry");
		assertThat(entries).extracting(entry -> entry.get("source")).containsOnly("seed-000-zhongwei.txt",
				"seed-000-zhongwei-v2.txt");
		var last = entries.getLast();
		assertThat(last).containsEntry("operation", "import").containsEntry("actor", "documents import")
			.containsEntry("channel", "COMMAND");
		assertThat((String) last.get("reason")).contains("seed-000-zhongwei-v2.txt").contains("withdraws");
		assertThat(response.<List<String>>read("$.data.dropped.history[-1:].changedProperties[*]"))
			.contains("withdrawnOn");
		assertThat(response.<List<String>>read("$.data.doc.tasks[*].number")).hasSize(12).doesNotContain("13");
		assertThat(response.<List<String>>read("$.data.finance.ledTasks[*].number")).containsExactly("8", "10");
		assertThat(response.<List<String>>read("$.data.task12.leads[*].id")).containsExactly("bd-zw-drc");
		assertThat(response.<List<String>>read("$.data.task12.assignments[?(@.role == 'LEAD')].body.id"))
			.containsExactly("bd-zw-drc");

		// the first version again: what it says is reinstated, and the graph is as after the first import
		this.out.reset();
		assertThat(documents("import", ZHONGWEI)).isEqualTo(ApplicationCommand.OK);
		assertThat(out()).contains("  task 13: added\n");
		assertThat(count("MATCH (t:Task) WHERE t.withdrawnOn IS NOT NULL RETURN count(t)")).isZero();
		assertThat(count("MATCH (:Task)-[r]->(:Body) WHERE r.withdrawnOn IS NOT NULL RETURN count(r)"))
			.as("the LEAD of 市发展和改革委员会 on task 12, which the first version does not say").isEqualTo(1);
		assertThat(count("""
				MATCH (:Task {id: 'doc-卫政办发-2018-175/12'})-[r:LEAD]->(:Body {id: 'bd-zw-finance'})
				WHERE r.withdrawnOn IS NULL RETURN count(r)""")).isEqualTo(1);
	}

	@Test
	void dryRun_printsTheReviewTable_andWritesNothing() {
		var before = TestNeo4j.snapshot();

		var code = documents("import", JIEYANG, "--dry-run");

		assertThat(code).isEqualTo(ApplicationCommand.OK);
		assertThat(out()).contains("Dry run: nothing written.").contains("人行揭阳中心支行").contains("UNRESOLVED, review");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void unresolvedUnits_areReportedNotInvented_orCreatedProvisionallyWhenAsked() {
		documents("import", JIEYANG, "--aliases", ALIASES);
		assertThat(out()).containsPattern("3\\.1\\.4 +RESPONSIBLE +市政管办 +— +UNRESOLVED, review");
		assertThat(count("MATCH (b:Body) WHERE b.name CONTAINS '政管办' RETURN count(b)")).isZero();
		this.out.reset();

		documents("import", JIEYANG, "--aliases", ALIASES, "--create-provisional");

		assertThat(out()).containsPattern("3\\.1\\.4 +RESPONSIBLE +市政管办 +揭阳市政管办 \\(bd-揭阳市政管办\\) +provisional")
			.contains("  task 3.1.4: + RESPONSIBLE 市政管办 (bd-揭阳市政管办)");
		assertThat(count("""
				MATCH (b:Body {id: 'bd-揭阳市政管办', provisional: true, kind: 'DEPARTMENT', level: 'CITY'})-[:PART_OF]->(:Body {id: 'bd-jy'})
				RETURN count(b)""")).isEqualTo(1);
	}

	@Test
	void createProvisional_withoutTheCityInTheGraph_createsItsGovernmentIssuerAndUnits_once() {
		TestNeo4j.resetGraph();

		documents("import", ZHONGWEI, "--create-provisional");
		var first = TestNeo4j.snapshot();
		documents("import", ZHONGWEI, "--create-provisional");

		assertThat(TestNeo4j.snapshot()).isEqualTo(first);
		assertThat(out()).contains("jurisdiction 中卫市人民政府 (bd-中卫市人民政府)")
			.contains("13 tasks; 42 units: 0 exact, 0 alias, 0 abbreviation rule, 23 provisional, 19 general");
		assertThat(count("MATCH (b:Body {provisional: true}) RETURN count(b)")).as("government, issuer, 15 units")
			.isEqualTo(17);
		assertThat(count("""
				MATCH (:Task {id: 'doc-卫政办发-2018-175/10'})-[:LEAD]->(b:Body {name: '中卫市财政局', provisional: true})
				RETURN count(b)""")).isEqualTo(1);
		assertThat(count("MATCH (b:Body {id: 'bd-中卫市人民政府督查室'}) RETURN count(b)"))
			.as("named after the alias table's 市人民政府督查室").isEqualTo(1);
	}

	@Test
	void graphQl_theTasksABodyLeadsAndTheUnitsOfATask_asTheDocumentsSayThem() {
		documents("import", ZHONGWEI, JIEYANG, "--aliases", ALIASES);
		var graphQl = new GraphQlClient(this.port);

		var response = graphQl.post("""
				{ finance: body(id: "bd-zw-finance") { ledTasks { number title document { docNo issuedOn } }
				                                        tasks(roles: [LEAD]) { role unit task { number } } }
				  jieyangFinance: body(id: "bd-jy-finance") { ledTasks { number } responsibleTasks { number }
				                                              due: tasks(dueBefore: "2021-01-01") { task { number } } }
				  ppp: node(id: "doc-卫政办发-2018-175/10") { ... on Task { number title part section
				        leads { id } cooperators { id } responsibleUnits { id }
				        assignments { role unit general body { id provisional } resolution } } }
				  drc: body(id: "bd-jy-drc") { due: tasks(dueBefore: "2021-01-01", openOn: "2020-06-01") { role task { number dueOn } } }
				  doc: documentByDocNo(docNo: "揭府〔2018〕38 号") { id issuerName issuer { id } tasks { number } } }""");

		assertThat(response.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		assertThat(response.<List<String>>read("$.data.finance.ledTasks[*].number")).containsExactly("8", "10", "12");
		assertThat(response.<List<String>>read("$.data.finance.ledTasks[*].document.docNo")).containsOnly("卫政办发〔2018〕175号");
		assertThat(response.<List<String>>read("$.data.finance.tasks[*].unit")).containsOnly("市财政局");
		assertThat(response.<List<String>>read("$.data.jieyangFinance.ledTasks[*]")).isEmpty();
		assertThat(response.<List<String>>read("$.data.jieyangFinance.responsibleTasks[*].number"))
			.containsExactly("3.3.2", "3.3.3", "3.3.4", "3.3.7");
		assertThat(response.<List<String>>read("$.data.jieyangFinance.due[*]")).as("no deadline in its tasks").isEmpty();
		assertThat(response.<String>read("$.data.ppp.title")).isEqualTo("加强政府和社会资本合作领域政务诚信建设");
		assertThat(response.<String>read("$.data.ppp.section")).isEqualTo("(三)加强重点领域政务诚信建设");
		assertThat(response.<List<String>>read("$.data.ppp.leads[*].id")).containsExactly("bd-zw-drc", "bd-zw-finance");
		assertThat(response.<List<String>>read("$.data.ppp.cooperators[*]")).as("配合单位 is 市直各有关部门: no one body").isEmpty();
		assertThat(response.<List<String>>read("$.data.ppp.assignments[*].unit"))
			.containsExactly("市发展和改革委员会", "市财政局", "市直各有关部门", "各县〈区〉人民政府");
		assertThat(response.<List<String>>read("$.data.ppp.assignments[*].role"))
			.containsExactly("LEAD", "LEAD", "COOPERATE", "RESPONSIBLE");
		assertThat(response.<List<Boolean>>read("$.data.ppp.assignments[*].general")).containsExactly(false, false, true, true);
		assertThat(response.<List<String>>read("$.data.ppp.assignments[*].resolution")).containsExactly("EXACT", "EXACT", null, null);
		assertThat(response.<List<String>>read("$.data.drc.due[*].task.number")).containsExactly("3.2.3");
		assertThat(response.<String>read("$.data.drc.due[0].task.dueOn")).isEqualTo("2020-12-31");
		assertThat(response.<String>read("$.data.doc.id")).isEqualTo("doc-揭府-2018-38");
		assertThat(response.<String>read("$.data.doc.issuer.id")).isEqualTo("bd-jy");
		assertThat(response.<List<String>>read("$.data.doc.tasks[*].number")).startsWith("3.1.1", "3.1.2").endsWith("4.4");
	}

	@Test
	void search_findsATraditionalDocumentWithSimplifiedCharacters_andASimplifiedOneWithTraditional() {
		TestNeo4j.load("ingest/valid-city.jsonl");
		documents("import", FOLDER + "traditional-plan.txt", ZHONGWEI);
		TestNeo4j.driver().executableQuery("CALL db.awaitIndexes(60)").withConfig(TestNeo4j.queryConfig()).execute();
		var graphQl = new GraphQlClient(this.port);
		var query = """
				query($text: String!) { search(text: $text, types: [DOCUMENT, TASK], first: 50) { edges { node { id } } } }""";

		// 采购 and 採購 share no character, so no bigram: only the folding of index and query finds one with the other
		assertThat(ids(graphQl.post(query, Map.of("text", "采购")))).contains("doc-青政办发-2020-7/2", "doc-卫政办发-2018-175/8");
		assertThat(ids(graphQl.post(query, Map.of("text", "採購")))).contains("doc-青政办发-2020-7/2", "doc-卫政办发-2018-175/8");
		assertThat(ids(graphQl.post(query, Map.of("text", "诚信")))).contains("doc-青政办发-2020-7", "doc-卫政办发-2018-175");
		assertThat(ids(graphQl.post(query, Map.of("text", "誠")))).as("one character: the substring scan")
			.contains("doc-青政办发-2020-7/1", "doc-卫政办发-2018-175/1");
		assertThat(ids(graphQl.post(query, Map.of("text", "显著提高")))).as("显著 as written, though ICU folds 著 to 着")
			.contains("doc-卫政办发-2018-175");
	}

	private static List<String> ids(com.jayway.jsonpath.DocumentContext response) {
		return response.read("$.data.search.edges[*].node.id");
	}

	/**
	 * The README's section runs as written: its commands, then its GraphQL request, which answers
	 * what the section says; every line of its review-table excerpt is a line of the real output.
	 */
	@Test
	void readme_policyDocumentsSection_commandsReviewTableAndQuery() throws IOException {
		TestNeo4j.resetGraph();
		var section = readmeSection("## Policy documents (政策文件)");
		var output = new StringBuilder();
		for (var line : block(section, "bash")) {
			var args = line.replace("java -jar target/integrity-graph-0.1.0-SNAPSHOT.jar ", "").split(" ");
			this.out.reset();
			// The command line as the jar runs it, on this test's application.
			assertThat(Commands.on(this.context)
				.execute(IntegrityGraphApplication.commands(), new PrintStream(this.out, true, StandardCharsets.UTF_8),
						new PrintStream(this.err, true, StandardCharsets.UTF_8), args)).as(line + "\n" + err()).isZero();
			output.append(out());
		}
		Files.writeString(Path.of("target/documents-readme-output.txt"), output);
		var outputLines = output.toString().lines().toList();
		var excerpt = block(section, "text");
		assertThat(excerpt).hasSizeGreaterThan(10);
		excerpt.stream().filter(line -> !line.equals("…")).forEach(line -> assertThat(outputLines).contains(line));

		var response = new GraphQlClient(this.port).post(String.join("\n", block(section, "graphql")));

		assertThat(response.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		assertThat(response.<List<String>>read("$.data.bodies.nodes[0].ledTasks[*].number")).containsExactly("8", "10", "12");
		assertThat(response.<List<String>>read("$.data.bodies.nodes[0].ledTasks[*].document.docNo")).containsOnly("卫政办发〔2018〕175号");
		assertThat(response.<List<String>>read("$.data.bodies.nodes[0].ledTasks[*].document.issuedOn")).containsOnly("2018-11-20");
		assertThat(response.<List<String>>read("$.data.bodies.nodes[0].ledTasks[*].title")).containsExactly(
				"加强政府采购领域政务诚信建设", "加强政府和社会资本合作领域政务诚信建设", "加强地方政府债务领域政务诚信建设");
		assertThat(response.<List<String>>read("$.data.ppp.assignments[?(@.role == 'LEAD')].body.name"))
			.containsExactly("中卫市发展和改革委员会", "中卫市财政局");
		assertThat(response.<List<String>>read("$.data.ppp.assignments[?(@.role == 'COOPERATE')].unit"))
			.containsExactly("市直各有关部门");
		assertThat(response.<List<Boolean>>read("$.data.ppp.assignments[?(@.role == 'COOPERATE')].general")).containsExactly(true);
		assertThat(response.<List<String>>read("$.data.ppp.assignments[?(@.role == 'RESPONSIBLE')].unit"))
			.containsExactly("各县〈区〉人民政府");
		assertThat(readmeSection("## Policy documents (政策文件)")).contains("中卫市财政局 leads tasks 8 (政府采购), 10 (政府和社会资本合作) and 12");
	}

	private static String readmeSection(String heading) throws IOException {
		var readme = Files.readString(Path.of("README.md"));
		var start = readme.indexOf("\n" + heading + "\n");
		assertThat(start).as(heading).isNotNegative();
		var end = readme.indexOf("\n## ", start + heading.length() + 1);
		return readme.substring(start, end < 0 ? readme.length() : end);
	}

	/** The lines of the first fenced block of that language in the text. */
	private static List<String> block(String text, String language) {
		var start = text.indexOf("```" + language + "\n");
		assertThat(start).as("a ```" + language + " block").isNotNegative();
		var from = start + language.length() + 4;
		return text.substring(from, text.indexOf("\n```", from)).lines().toList();
	}

	/** Every unit of the expected-value file resolves, on every task it is named for, as the .resolved.tsv says. */
	private void assertResolutions(String documentId, String seed) {
		var expectedBody = new HashMap<String, List<String>>();
		SeedDocuments.rows("document/" + seed + ".resolved.tsv").forEach(row -> expectedBody.put(row.get(0), row));
		var expected = new HashSet<List<String>>();
		for (var fact : SeedDocuments.expectedFacts("document/" + seed + ".expected.tsv")) {
			var resolution = expectedBody.get(fact.unit());
			assertThat(resolution).as("resolution of " + fact.unit()).isNotNull();
			if (!resolution.get(1).equals("-")) {
				expected.add(List.of(fact.task(), fact.role(), fact.unit(), resolution.get(1), resolution.get(2)));
			}
		}
		var found = new HashSet<List<String>>();
		TestNeo4j.driver()
			.executableQuery("""
					MATCH (:Document {id: $id})-[:ASSIGNS]->(t:Task)-[r:LEAD|COOPERATES|RESPONSIBLE_UNIT]->(b:Body)
					RETURN t.number AS task, type(r) AS type, r.asWritten AS unit, b.id AS body, r.resolution AS how""")
			.withParameters(Map.of("id", documentId))
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.forEach(r -> found.add(List.of(r.get("task").asString(),
					UnitRole.ofRelationshipType(r.get("type").asString()).name(), r.get("unit").asString(),
					r.get("body").asString(), r.get("how").asString())));
		var score = SeedDocuments.Score.of(expected, found);
		System.out.printf("%s: (task, role, body) links: %s%n", seed, score);
		assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
		var unresolved = new ArrayList<String>();
		expectedBody.values().stream().filter(row -> row.get(2).equals("UNRESOLVED")).forEach(row -> unresolved.add(row.get(0)));
		unresolved.forEach(unit -> assertThat(out()).containsPattern(" " + unit + " +— +UNRESOLVED, review"));
	}

	/** {@code documents args…} as the jar runs it, on this test's application. */
	int documents(String... args) {
		var line = new String[args.length + 1];
		line[0] = "documents";
		System.arraycopy(args, 0, line, 1, args.length);
		return Commands.on(this.context)
			.execute(IntegrityGraphApplication.commands(), new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8), line);
	}

	String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	static long count(String cypher) {
		return TestNeo4j.driver()
			.executableQuery(cypher)
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.getFirst()
			.get(0)
			.asLong();
	}


}
