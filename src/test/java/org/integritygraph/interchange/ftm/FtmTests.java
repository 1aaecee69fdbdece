package org.integritygraph.interchange.ftm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.integritygraph.interchange.CommandRunner;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.system.ApplicationCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.followthemoney.entity.ValueEntity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritygraph.interchange.CommandRunner.column;

/** {@code export-ftm} and {@code import-ftm} end to end on the shared Neo4j. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "integrity.sample.enabled=false")
class FtmTests {

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
	void exportThenImport_givesBackTheSameGraph() {
		TestNeo4j.load("interchange/ftm/round-trip.jsonl");
		var before = TestNeo4j.snapshot();
		var file = this.folder.resolve("city.ftm.jsonl").toString();

		assertThat(this.runner.run("export-ftm", "--out", file)).isEqualTo(ApplicationCommand.OK);
		assertThat(this.runner.out()).isEqualTo("Exported 451 entities to " + file + " (all properties): "
				+ "Company 14, Contract 22, ContractAward 29, Membership 27, Occupancy 91, Person 82, Position 59, "
				+ "Project 10, ProjectParticipant 10, PublicBody 32, Succession 1, UnknownLink 74\n");
		TestNeo4j.wipeData();
		assertThat(this.runner.run("import-ftm", file)).as(this.runner.err()).isEqualTo(ApplicationCommand.OK);

		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
		assertThat(this.runner.out()).contains("    PublicBody.jurisdiction: 32\n", "    Company.jurisdiction: 14\n");
	}

	@Test
	void everyExportedLine_isAValidFtmEntity_andThePublicExportLeavesOutPersonalData() throws Exception {
		TestNeo4j.load("interchange/ftm/round-trip.jsonl");
		var all = this.folder.resolve("all.ftm.jsonl");
		var open = this.folder.resolve("public.ftm.jsonl");

		this.runner.run("export-ftm", "--out", all.toString());
		this.runner.run("export-ftm", "--out=" + open, "--public");

		var linMu = entity(all, "pe-lin-mu");
		assertThat(linMu.getSchema().getName()).isEqualTo("Person");
		assertThat(linMu.getValues(linMu.getSchema().getProperty("birthDate"))).containsExactly("1964-09-03");
		assertThat(linMu.getValues(linMu.getSchema().getProperty("gender"))).containsExactly("male");
		var publicLinMu = entity(open, "pe-lin-mu");
		assertThat(publicLinMu.getDefinedProperties()).extracting(p -> p.getName()).containsExactlyInAnyOrder("name",
				"alias");
		assertThat(Files.readString(open)).doesNotContain("birthDate", "\"gender\"", "idNumber");
		assertThat(this.runner.out()).contains("(public properties only)");
		var mayor = entity(all, "po-city-mayor");
		assertThat(mayor.getValues(mayor.getSchema().getProperty("keywords"))).containsExactly("principal:true",
				"grade:正厅级");
		for (var line : Files.readAllLines(all)) {
			ValueEntity.fromJson(FtmModel.MODEL, FtmModel.JSON.readTree(line));
		}
	}

	@Test
	void openSanctionsStyleEntities_mapWhatTheModelHas_andReportTheRest() throws IOException {
		TestNeo4j.load("sample/sample-city.jsonl");
		var file = write("""
				{"id": "NK-person-1", "schema": "Person", "properties": {"name": ["陈立"], "birthDate": ["1968"], "nationality": ["cn"]}}
				{"id": "NK-post-1", "schema": "Position", "properties": {"name": ["青禾市水务局副局长"], "organization": ["bd-city-water"]}}
				{"id": "NK-occ-1", "schema": "Occupancy", "properties": {"holder": ["NK-person-1"], "post": ["NK-post-1"], "startDate": ["2015-02-01"], "endDate": ["2018-05-31"]}}
				{"id": "NK-occ-2", "schema": "Occupancy", "properties": {"holder": ["NK-person-1"], "post": ["NK-post-1"], "startDate": ["2012"]}}
				{"id": "NK-co-1", "schema": "Company", "properties": {"name": ["青禾清源环保科技有限公司"], "registrationNumber": ["91990100MA7C2QH018"]}}
				{"id": "NK-sanction-1", "schema": "Sanction", "properties": {"entity": ["NK-co-1"], "program": ["x"]}}
				{"id": "NK-person-1", "schema": "Person", "properties": {"alias": ["Chen Li"]}}
				""");

		var code = this.runner.run("import-ftm", file);

		assertThat(code).as(this.runner.err()).isEqualTo(ApplicationCommand.OK);
		assertThat(column("""
				MATCH (p:Person {id: 'NK-person-1'})-[h:HELD]->(:Post)-[:IN]->(b:Body)
				RETURN [p.name, p.nameEn, p.birthDate, h.from, h.to, b.id]"""))
			.containsExactly(java.util.Arrays.asList("陈立", "Chen Li", null, LocalDate.parse("2015-02-01"),
					LocalDate.parse("2018-05-31"), "bd-city-water"));
		assertThat(column("MATCH (c:Company {id: '91990100MA7C2QH018'}) RETURN c.name"))
			.containsExactly("青禾清源环保科技有限公司");
		assertThat(this.runner.out()).contains("bad date \"1968\" for Person.birthDate (expected yyyy-MM-dd); left out",
				"line 4 (Occupancy NK-occ-2): bad date \"2012\" for HELD.from (expected yyyy-MM-dd); not imported",
				"    Person.nationality: 1\n", "    entities: Sanction: 1\n");
	}

	@Test
	void rejectedFiles_leaveTheGraphUnchanged() throws IOException {
		TestNeo4j.load("sample/sample-city.jsonl");
		var before = TestNeo4j.snapshot();

		assertRejected(write("{\"id\": \"x\", \"schema\": \"Spaceship\", \"properties\": {}}\n"), "line 1: Invalid schema: Spaceship");
		assertRejected(write("{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": [\"甲\"]}}\n{\"id\": \"x\""),
				"line 2: malformed JSON");
		assertRejected(write("""
				{"id": "x", "schema": "Person", "properties": {"name": ["甲"]}}
				{"id": "x", "schema": "Company", "properties": {"name": ["甲公司"]}}
				"""), "line 2: entity \"x\" is a Company here and a Person on line 1");
		assertRejected(write("""
				{"id": "NK-p", "schema": "Person", "properties": {"name": ["甲"]}}
				{"id": "NK-o", "schema": "Occupancy", "properties": {"holder": ["NK-p"], "post": ["po-nowhere"], "startDate": ["2020-01-01"]}}
				"""), "line 2 (Occupancy NK-o): end node \"po-nowhere\" not found");

		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	private void assertRejected(String file, String reason) {
		assertThat(this.runner.run("import-ftm", file)).as(this.runner.out()).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(this.runner.err()).contains(reason, "nothing was written");
	}

	private String write(String content) throws IOException {
		return Files.writeString(this.folder.resolve("e-" + System.nanoTime() + ".ftm.jsonl"), content,
				StandardCharsets.UTF_8).toString();
	}

	private static ValueEntity entity(Path file, String id) throws Exception {
		for (var line : Files.readAllLines(file)) {
			var json = FtmModel.JSON.readTree(line);
			if (json.get("id").asText().equals(id)) {
				return ValueEntity.fromJson(FtmModel.MODEL, json);
			}
		}
		throw new AssertionError("no entity " + id);
	}

}
