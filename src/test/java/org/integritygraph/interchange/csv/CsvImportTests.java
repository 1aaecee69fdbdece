package org.integritygraph.interchange.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.integritygraph.interchange.CommandRunner;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.system.ApplicationCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritygraph.interchange.CommandRunner.column;

/** {@code import-csv} end to end with the two example mappings of docs/examples/csv on the sample city. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "integrity.sample.enabled=false")
class CsvImportTests {

	static final String EXAMPLES = "docs/examples/csv/";

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
	void sampleCity() {
		TestNeo4j.resetGraph();
		TestNeo4j.load("sample/sample-city.jsonl");
		this.runner = new CommandRunner(this.context);
	}

	@Test
	void tenureTable_makesPersonsPostsInTheirUnitsAndTenures() {
		var code = this.runner.run("import-csv", "--mapping", EXAMPLES + "tenure-table.yaml", EXAMPLES + "tenure-table.csv");

		assertThat(code).as(this.runner.err()).isEqualTo(ApplicationCommand.OK);
		assertThat(this.runner.out()).contains("nodes: 5 created, 0 updated; relationships: 6 created, 0 updated",
				"mapped nodes: Person 2, Post 3", "mapped relationships: HELD 3, IN 3",
				"Person.birthDate: a month without a day is read as the month's first day (×3)",
				"    column 任职文号: 3\n", "    column 备注: 1\n", "    column 序号: 3\n");
		assertThat(column("""
				MATCH (p:Person)-[h:HELD]->(post:Post)-[:IN]->(b:Body) WHERE p.name IN ['周明远', '吴佳怡']
				RETURN [p.name, p.gender, p.birthDate, b.id, post.title, h.from, h.to] ORDER BY h.from"""))
			.containsExactly(
					Arrays.asList("周明远", "M", LocalDate.parse("1975-03-01"), "bd-city-water", "副局长",
							LocalDate.parse("2019-06-10"), null),
					Arrays.asList("吴佳怡", "F", LocalDate.parse("1982-11-01"), "bd-city-water", "总工程师",
							LocalDate.parse("2020-03-01"), LocalDate.parse("2023-08-31")),
					Arrays.asList("吴佳怡", "F", LocalDate.parse("1982-11-01"), "bd-city-finance", "副局长",
							LocalDate.parse("2023-09-01"), null));
		// ids are hashes: stable, and without the birth month in them
		assertThat(column("MATCH (p:Person {name: '吴佳怡'}) RETURN p.id")).singleElement()
			.asString()
			.matches("pe-[0-9a-f]{16}");
	}

	@Test
	void projectLedger_makesProjectsOwnedByTheirAgencies_andAPppContractWhereThereIsAPrivateParty() {
		var code = this.runner.run("import-csv", "--mapping", EXAMPLES + "project-ledger.yaml",
				EXAMPLES + "project-ledger.csv");

		assertThat(code).as(this.runner.err()).isEqualTo(ApplicationCommand.OK);
		assertThat(column("""
				MATCH (p:Project)-[:OWNED_BY]->(b:Body) WHERE p.id STARTS WITH 'pj-QH-'
				RETURN [p.id, p.kind, p.status, p.phase, p.budget, p.startedOn, b.id] ORDER BY p.id"""))
			.containsExactly(
					List.of("pj-QH-2021-007", "PPP", "ACTIVE", "EXECUTION", 3.2E8, LocalDate.parse("2021-09-15"),
							"bd-city-water"),
					List.of("pj-QH-2022-015", "GOVERNMENT_INVESTMENT", "ACTIVE", "CONSTRUCTION", 8.6E7,
							LocalDate.parse("2022-04-01"), "bd-city-transport"),
					Arrays.asList("pj-QH-2023-003", "GOVERNMENT_INVESTMENT", "PLANNED", "APPROVAL", 1.2505E7, null,
							"bd-songling-housing"));
		assertThat(column("""
				MATCH (c:Contract)-[:FOR]->(:Project {id: 'pj-QH-2021-007'}), (c)-[r:PARTY]->(x)
				RETURN c.title + ' ' + r.role + ' ' + x.id ORDER BY r.role""")).containsExactly(
						"青禾市东区污水处理厂提标改造PPP项目合同 GRANTOR bd-city-water",
						"青禾市东区污水处理厂提标改造PPP项目合同 PRIVATE_PARTY 91990100MA7C2QH018");
		assertThat(this.runner.out()).contains("    column 备注: 1\n");
	}

	@Test
	void importingTwice_changesNothing() {
		this.runner.run("import-csv", "--mapping", EXAMPLES + "tenure-table.yaml", EXAMPLES + "tenure-table.csv");
		var before = TestNeo4j.snapshot();

		this.runner.run("import-csv", "--mapping", EXAMPLES + "tenure-table.yaml", EXAMPLES + "tenure-table.csv");

		assertThat(this.runner.out()).contains("nodes: 0 created, 0 updated; relationships: 0 created, 0 updated");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void rejectedRowsAndMappings_leaveTheGraphUnchanged() throws IOException {
		var before = TestNeo4j.snapshot();
		var mapping = EXAMPLES + "tenure-table.yaml";

		assertRejected(this.runner.run("import-csv", "--mapping", mapping, csv("""
				姓名,性别,出生年月,工作单位,职务,任职时间,免职时间
				周明远,男,1975.03,青禾市水务局,副局长,2019.06.10,
				赵六,男,1970.01,青禾市水利局,局长,2020.01.01,
				""")), "row 3: no Body with name \"青禾市水利局\" in the graph\nImport of ");
		assertRejected(this.runner.run("import-csv", "--mapping", mapping, csv("""
				姓名,性别,出生年月,工作单位,职务,任职时间,免职时间
				钱七,男,1971.01,青禾市水务局,局长,,
				""")), "row 2 (HELD): missing required property HELD.from");
		assertRejected(this.runner.run("import-csv", "--mapping", mapping, csv("""
				姓名,工作单位,职务
				周明远,青禾市水务局,副局长
				""")), "the mapping reads column(s) 出生年月, 性别, 任职时间, 免职时间, which the file does not have (columns: 姓名, 工作单位, 职务)");
		assertRejected(this.runner.run("import-csv", "--mapping", mapping, csv("""
				姓名,性别,出生年月,工作单位,职务,任职时间,免职时间
				周明远,男,1975.03,青禾市水务局,副局长,2019.13.40,
				""")), "row 2 (HELD): bad date \"2019.13.40\" for HELD.from (expected yyyy-MM-dd)");
		var badMapping = Files.writeString(this.folder.resolve("bad.yaml"), """
				nodes:
				  person: {label: Person, id: "pe-{姓名}", properties: {name: 姓名, age: 年龄}}
				""");
		assertThat(this.runner.run("import-csv", "--mapping", badMapping.toString(), EXAMPLES + "tenure-table.csv"))
			.isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(this.runner.err())
			.isEqualTo("Mapping rejected: node \"person\": Person has no property \"age\"\n");

		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	private void assertRejected(int code, String... reasons) {
		assertThat(code).as(this.runner.out()).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(this.runner.err()).contains(reasons).contains("nothing was written");
	}

	private String csv(String content) throws IOException {
		var file = this.folder.resolve("file-" + System.nanoTime() + ".csv");
		return Files.writeString(file, content, StandardCharsets.UTF_8).toString();
	}

}
