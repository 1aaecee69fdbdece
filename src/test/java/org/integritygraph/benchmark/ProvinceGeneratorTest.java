package org.integritygraph.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.integritygraph.ingest.ImportOptions;
import org.integritygraph.ingest.JsonlImporter;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A small synthetic province: deterministic, valid for the importer, and of the shape it promises. */
class ProvinceGeneratorTest {

	private static String lines;

	@BeforeAll
	static void importSmallProvince() throws IOException {
		lines = generate(0.01, 7);
		TestNeo4j.resetGraph();
		var result = new JsonlImporter(TestNeo4j.driver(), TestNeo4j.DATABASE).importFrom(
				new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "province",
				ImportOptions.batches(1000));
		assertThat(result.errors()).isEmpty();
	}

	@Test
	void write_sameScaleAndSeed_giveTheSameLines_anotherSeedOthers() {
		assertThat(generate(0.01, 7)).isEqualTo(lines);
		assertThat(generate(0.01, 8)).isNotEqualTo(lines);
	}

	@Test
	void province_hasItsHierarchyOfGovernments() {
		assertThat(count("MATCH (b:Body {kind: 'GOVERNMENT'}) RETURN b.level AS key, count(*) AS value"))
			.containsEntry("PROVINCE", 1L)
			.containsEntry("CITY", 1L)
			.containsEntry("COUNTY", 1L);
		assertThat(count("MATCH (b:Body {level: 'TOWNSHIP'}) WHERE b.kind IN ['TOWNSHIP', 'SUBDISTRICT'] "
				+ "RETURN b.kind AS key, count(*) AS value")).containsEntry("TOWNSHIP", 6L).containsEntry("SUBDISTRICT", 6L);
	}

	@Test
	void province_hasProjectsInEveryPhaseAndCommitmentsAndRecordsInEveryState() {
		assertThat(count("MATCH (p:Project) RETURN p.kind AS key, count(*) AS value")).containsKeys("PPP",
				"GOVERNMENT_INVESTMENT");
		assertThat(count("MATCH (c:Commitment) RETURN c.status AS key, count(*) AS value")).containsKeys("PENDING",
				"FULFILLED", "OVERDUE", "BROKEN");
		assertThat(count("MATCH (:Record)-[:CONCERNS]->(c:Commitment) RETURN c.status AS key, count(*) AS value"))
			.isNotEmpty();
	}

	@Test
	void province_hasTurnoverVacanciesAndChangingReportingLines() {
		var moved = single("MATCH (p:Person)-[:HELD]->(post:Post) WITH p, count(DISTINCT post) AS posts "
				+ "WHERE posts > 1 RETURN count(p) AS n");
		var changed = single("MATCH (post:Post)-[r:REPORTS_TO]->() WITH post, count(r) AS lines "
				+ "WHERE lines > 1 RETURN count(post) AS n");
		var vacancies = single("""
				MATCH (:Person)-[a:HELD]->(post:Post)<-[b:HELD]-(:Person)
				WHERE a.to IS NOT NULL AND b.from > a.to
				  AND NOT EXISTS { MATCH (:Person)-[c:HELD]->(post) WHERE c.from >= a.to AND c.from < b.from }
				RETURN count(*) AS n""");
		assertThat(moved).isPositive();
		assertThat(changed).isPositive();
		assertThat(vacancies).isPositive();
	}

	@Test
	void province_creditCodesAreValid() {
		var codes = TestNeo4j.driver()
			.executableQuery("MATCH (n) WHERE n.uscc IS NOT NULL RETURN n.uscc AS code")
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records();
		assertThat(codes).isNotEmpty()
			.allSatisfy(code -> assertThat(org.integritygraph.model.Uscc.isValid(code.get("code").asString())).isTrue());
	}

	private static String generate(double scale, long seed) {
		var out = new StringWriter();
		new ProvinceGenerator(scale, seed).write(out);
		return out.toString();
	}

	private static Map<String, Long> count(String query) {
		var counts = new java.util.HashMap<String, Long>();
		TestNeo4j.driver()
			.executableQuery(query)
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.forEach(record -> counts.put(record.get("key").asString(), record.get("value").asLong()));
		return counts;
	}

	private static long single(String query) {
		return TestNeo4j.driver()
			.executableQuery(query)
			.withConfig(TestNeo4j.queryConfig())
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asLong();
	}

}
