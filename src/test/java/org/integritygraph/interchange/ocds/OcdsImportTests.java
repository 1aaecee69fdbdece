package org.integritygraph.interchange.ocds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.integritygraph.interchange.CommandRunner;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.system.ApplicationCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritygraph.interchange.CommandRunner.column;

/** {@code import-ocds} end to end on the shared Neo4j, with the real OCDS for PPPs and OC4IDS examples. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "integrity.sample.enabled=false")
class OcdsImportTests {

	static final String PPP = "src/test/resources/interchange/ocds/ppp-full.json";

	static final String OC4IDS = "src/test/resources/interchange/ocds/oc4ids-example.json";

	static final String OCID = "ocds-213czf-example-ppp";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.registerProperties(registry);
	}

	@Autowired
	ConfigurableApplicationContext context;

	@TempDir
	Path folder;

	CommandRunner runner;

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.resetGraph();
		this.runner = new CommandRunner(this.context);
	}

	@Test
	void pppReleasePackage_becomesAProjectWithPhasesContractPartiesDecisionAndCommitments() {
		var code = this.runner.run("import-ocds", PPP);

		assertThat(code).as(this.runner.err()).isEqualTo(ApplicationCommand.OK);
		assertThat(this.runner.out()).startsWith("Imported " + PPP + ": 79 lines read; ")
			.contains("nodes: 33 created, 0 updated; relationships: 45 created, 0 updated");
		// audited in the import's one transaction, under the command and its file
		assertThat(column("""
				MATCH (e:AuditEntry) RETURN [e.actor, e.channel, e.operation, e.source, e.changeCount]""", Map.of()))
			.containsExactly(List.of("import-ocds", "COMMAND", "import", PPP, 33L + 45L));
		assertThat(column("MATCH (p:Project {id: $id}) RETURN [p.kind, p.status, p.phase, p.name, p.currency]",
				Map.of("id", OCID)))
			.containsExactly(List.of("PPP", "ACTIVE", "EXECUTION", "Example PPP", "USD"));
		assertThat(column("""
				MATCH (:Project {id: $id})-[:HAS_PHASE]->(ph) RETURN [ph.stage, ph.from, ph.to] ORDER BY ph.from""",
				Map.of("id", OCID))).containsExactly(
						List.of("PREPARATION", LocalDate.parse("2015-09-30"), LocalDate.parse("2015-10-31")),
						List.of("PROCUREMENT", LocalDate.parse("2015-10-31"), LocalDate.parse("2016-01-24")),
						java.util.Arrays.asList("EXECUTION", LocalDate.parse("2016-01-24"), null));
		assertThat(column("MATCH (:Project {id: $id})-[:OWNED_BY]->(b:Body) RETURN b.name", Map.of("id", OCID)))
			.containsExactly("Ministry of Communications");
		// the amendment of 2020 extended the contract to 2046: the compiled release has it
		assertThat(column("MATCH (c:Contract {id: $id}) RETURN [c.kind, c.signedOn, c.validTo]",
				Map.of("id", OCID + "/contract/1")))
			.containsExactly(List.of("PPP", LocalDate.parse("2016-01-24"), LocalDate.parse("2046-01-23")));
		assertThat(column("""
				MATCH (:Contract {id: $id})-[r:PARTY]->(p) RETURN r.role + ' ' + p.name ORDER BY r.role, p.name""",
				Map.of("id", OCID + "/contract/1"))).startsWith("BUYER Telecoms Promoter",
						"GRANTOR Ministry of Communications", "INVESTOR Alpha Holdings Ltd")
			.contains("LENDER Big Bank Corp", "PRIVATE_PARTY Mega Consortium Ltd")
			.hasSize(13);
		assertThat(column("MATCH (d:Decision)-[:DECIDED_BY]->(b:Body) RETURN [d.title, d.decidedOn, b.name]"))
			.containsExactly(List.of("Example PPP contract award", LocalDate.parse("2016-11-17"),
					"Ministry of Communications"));
		// planning and tender milestones are the ministry's; contract milestones the private party's, to the ministry
		assertThat(column("MATCH (:Body {id: 'XX-GOV-12345678'})-[:MADE]->(c) RETURN c.title ORDER BY c.title"))
			.containsExactly("Bid opening", "Public consultation", "Strategic outline case approval");
		assertThat(column("""
				MATCH (c:Commitment)-[:UNDER]->(:Contract), (c)-[:TO]->(:Body {id: 'XX-GOV-12345678'})
				RETURN c.status + ' ' + c.dueOn ORDER BY c.dueOn""")).hasSize(8)
			.contains("FULFILLED 2018-03-31", "PENDING 2017-03-08");
		assertThat(column("""
				MATCH (:Commitment {title: 'Fiber Network Access'})-[:HAS_EVENT]->(e) RETURN [e.status, e.on]"""))
			.containsExactly(List.of("FULFILLED", LocalDate.parse("2017-04-01")));
		assertThat(this.runner.out()).contains("mapped nodes: Body 2, Commitment 11, CommitmentEvent 3, Company 11, "
				+ "Contract 1, Decision 1, Phase 3, Project 1",
				"ocds-213czf-example-ppp/contract/1: 12 risk(s) allocated to the private party",
				"party \"National Fiber Infrastructure\" (assetProvider) of ocds-213czf-example-ppp has no role the model records",
				"    release.planning.forecasts: 1\n", "    release.contracts[].implementation.transactions: 1\n",
				"    package.publisher: 1\n");
	}

	@Test
	void importingTwice_changesNothing() {
		this.runner.run("import-ocds", PPP);
		var before = TestNeo4j.snapshot();

		var code = this.runner.run("import-ocds", PPP);

		assertThat(code).isEqualTo(ApplicationCommand.OK);
		assertThat(this.runner.out()).contains("nodes: 0 created, 0 updated; relationships: 0 created, 0 updated");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void releasesAsJsonLines_andARecordPackage_giveTheSameGraphAsTheReleasePackage() throws IOException {
		this.runner.run("import-ocds", PPP);
		var fromPackage = TestNeo4j.snapshot();
		var releases = JSON.readTree(Path.of(PPP).toFile()).get("releases");
		var lines = new StringBuilder();
		releases.values().forEach(release -> lines.append(JSON.writeValueAsString(release)).append('\n'));
		var jsonl = Files.writeString(this.folder.resolve("releases.jsonl"), lines);
		var record = JSON.createObjectNode();
		record.put("version", "1.1");
		var entry = record.putArray("records").addObject();
		entry.put("ocid", OCID);
		entry.set("releases", releases);
		var recordPackage = Files.writeString(this.folder.resolve("record-package.json"), JSON.writeValueAsString(record));

		TestNeo4j.resetGraph();
		assertThat(this.runner.run("import-ocds", jsonl.toString())).as(this.runner.err()).isZero();
		assertThat(TestNeo4j.snapshot()).isEqualTo(fromPackage);
		TestNeo4j.resetGraph();
		assertThat(this.runner.run("import-ocds", recordPackage.toString())).as(this.runner.err()).isZero();
		assertThat(TestNeo4j.snapshot()).isEqualTo(fromPackage);
	}

	@Test
	void oc4idsProject_becomesAProjectWithPhasesContractsAndPaymentCommitments() {
		var code = this.runner.run("import-ocds", OC4IDS);

		assertThat(code).as(this.runner.err()).isEqualTo(ApplicationCommand.OK);
		var project = "oc4ids-bu3kcz-m75-junctions-4-to-5-smart-motorway";
		assertThat(column("MATCH (p:Project {id: $id})-[:OWNED_BY]->(b) RETURN [p.kind, p.status, p.phase, p.budget, b.name]",
				Map.of("id", project)))
			.containsExactly(List.of("GOVERNMENT_INVESTMENT", "COMPLETED", "OPERATION", 4.0E7, "Motorways UK"));
		// OC4IDS end dates are inclusive; identification and preparation are one approval (立项) phase
		assertThat(column("MATCH (:Project {id: $id})-[:HAS_PHASE]->(ph) RETURN ph.stage + ' ' + ph.from + ' ' + ph.to ORDER BY ph.from",
				Map.of("id", project)))
			.containsExactly("APPROVAL 2016-01-01 2017-01-01", "CONSTRUCTION 2017-01-01 2017-07-01",
					"ACCEPTANCE 2017-07-01 2018-01-01", "OPERATION 2018-01-01 2040-07-02");
		assertThat(column("""
				MATCH (c:Contract)-[:FOR]->(:Project {id: $id}), (c)-[r:PARTY]->(s:Company)
				RETURN c.kind + ' ' + r.role + ' ' + s.name ORDER BY s.name""", Map.of("id", project)))
			.containsExactly("PROCUREMENT SUPPLIER A1 Expert Smart Moto Design",
					"CONSTRUCTION CONTRACTOR Concrete Motorways Construction",
					"PROCUREMENT SUPPLIER Expert Motorway Supervisors Ltd");
		assertThat(column("""
				MATCH (b:Body)-[:MADE]->(c:Commitment {kind: 'PAYMENT'})-[:TO]->(s:Company)
				RETURN b.name + ' ' + c.amount + ' ' + s.name"""))
			.containsExactly("Motorways UK 1950000.0 Concrete Motorways Construction");
		assertThat(this.runner.out()).contains("Mapping report (OC4IDS)",
				"decommissioningPeriod has no stage in the model; no phase",
				"2 contact person(s) of parties, without the dates of a tenure; not imported",
				"    project.contractingProcesses[].summary.modifications: 1\n");
	}

	@Test
	void creditCodes_areCheckedAndLinkToTheBodyThatHasThem_oldStyleOrganisationsToo() throws IOException {
		TestNeo4j.load("sample/sample-city.jsonl");
		// OCDS 1.0: no parties; the buyer and the suppliers are written in full where they are referenced
		var file = write("old.json", """
				{"version": "1.0", "releases": [{"ocid": "ocds-qh-2017-001", "id": "1", "date": "2017-03-01T00:00:00+08:00",
				  "tag": ["award"],
				  "buyer": {"name": "青禾市水务局", "identifier": {"scheme": "CN-USCC", "id": "1199010026768339X8"}},
				  "tender": {"title": "水质监测设备采购", "mainProcurementCategory": "goods"},
				  "awards": [{"id": "a1", "date": "2017-03-01T10:00:00+08:00", "title": "水质监测设备采购中标",
				    "suppliers": [{"name": "青禾清源环保科技有限公司", "identifier": {"scheme": "CN-USCC", "id": "91990100MA7C2QH018"}}]}],
				  "contracts": [{"id": "c1", "awardID": "a1", "title": "水质监测设备采购合同", "dateSigned": "2017-03-20T00:00:00+08:00",
				    "value": {"amount": 450000, "currency": "CNY"}}]}]}
				""");

		var code = this.runner.run("import-ocds", file);

		assertThat(code).as(this.runner.err()).isEqualTo(ApplicationCommand.OK);
		assertThat(column("MATCH (c:Contract {id: 'ocds-qh-2017-001/contract/c1'})-[r:PARTY]->(p) RETURN r.role + ' ' + p.id ORDER BY r.role"))
			.containsExactly("BUYER bd-city-water", "SUPPLIER 91990100MA7C2QH018");
		assertThat(column("MATCH (b:Body {uscc: '1199010026768339X8'}) RETURN b.id")).containsExactly("bd-city-water");
		assertThat(column("MATCH (c:Company {id: '91990100MA7C2QH018'}) RETURN c.uscc")).containsExactly("91990100MA7C2QH018");
	}

	@Test
	void rejectedFiles_leaveTheGraphUnchanged() throws IOException {
		TestNeo4j.load("sample/sample-city.jsonl");
		var before = TestNeo4j.snapshot();
		var ppp = Files.readString(Path.of(PPP));

		assertRejected(write("truncated.json", ppp.substring(0, 5000)), "malformed JSON at line ");
		assertRejected(write("v2.json", ppp.replace("\"version\": \"1.1\"", "\"version\": \"2.0\"")),
				"unsupported OCDS version \"2.0\" (supported: 1.0, 1.1)");
		assertRejected(write("oc4ids-v2.json", Files.readString(Path.of(OC4IDS)).replace("\"version\": \"0.9\"",
				"\"version\": \"1.5\"")), "unsupported OC4IDS version \"1.5\" (supported: 0.9)");
		assertRejected(write("duplicate-parties.json", """
				{"version": "1.1", "releases": [{"ocid": "ocds-x-1", "id": "1", "date": "2020-01-01", "tag": ["planning"],
				  "parties": [{"id": "P1", "name": "青禾市水务局", "roles": ["buyer"]}, {"id": "P1", "name": "青禾市财政局", "roles": ["payer"]}]}]}
				"""), "party id \"P1\" of ocds-x-1 is used for two different parties (\"青禾市水务局\" and \"青禾市财政局\")");
		assertRejected(write("bad-code.json", """
				{"version": "1.1", "releases": [{"ocid": "ocds-x-2", "id": "1", "date": "2020-01-01", "tag": ["planning"],
				  "parties": [{"id": "P1", "name": "某公司", "roles": ["supplier"], "identifier": {"scheme": "CN-USCC", "id": "91990100MA7C2QH019"}}]}]}
				"""), "identifier CN-USCC \"91990100MA7C2QH019\" is not a valid unified social credit code (GB 32100-2015)");
		assertRejected(write("not-ocds.json", "{\"name\": \"x\"}"), "neither an OCDS release");
		// found only while writing: the transaction is rolled back, nothing of the file is written
		assertRejected(write("clash.json", """
				{"version": "1.1", "releases": [{"ocid": "ocds-x-3", "id": "1", "date": "2020-01-01", "tag": ["planning"],
				  "planning": {"project": {"title": "某项目"}},
				  "parties": [{"id": "P1", "name": "林木", "roles": ["procuringEntity"], "identifier": {"scheme": "pe", "id": "lin-mu"}}]}]}
				"""), "ocid ocds-x-3, party \"林木\": node \"pe-lin-mu\" already exists in the graph as Person");

		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void arguments_areCheckedBeforeAnythingIsRead() {
		assertThat(this.runner.run("import-ocds")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(this.runner.err()).startsWith("Missing required parameter: 'FILE'\nUsage: integrity-graph import-ocds ");
		assertThat(this.runner.run("import-ocds", "no-such.json")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(this.runner.err()).startsWith("File not found: ");
		assertThat(this.runner.run("import-ocds", PPP, "--dry-run")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(this.runner.err()).startsWith("Unknown option: '--dry-run'");
	}

	private void assertRejected(String file, String reason) {
		var code = this.runner.run("import-ocds", file);
		assertThat(code).as(this.runner.out()).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(this.runner.err()).contains(reason).contains("rejected with").contains("nothing was written");
	}

	private String write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content, StandardCharsets.UTF_8).toString();
	}

}
