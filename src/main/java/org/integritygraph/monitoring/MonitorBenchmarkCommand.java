package org.integritygraph.monitoring;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.integritygraph.graph.Database;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Progress;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The monitoring benchmark ({@code java -jar integrity-graph.jar monitor-benchmark ...}): writes a synthetic
 * province into an <em>empty</em> database — a province government, its cities with their departments and
 * counties, each county with its departments, and for every body commitments and records with their events — then
 * computes the monitoring of the province (its cities ranked) and of one city (its departments and counties ranked)
 * several times, and prints the time and the number of queries of each pass. Point it at a scratch database, e.g.
 * {@code INTEGRITY_DATA_DIR=/tmp/bench}: it refuses a database holding anything but its own synthetic province.
 *
 * <pre>
 * monitor-benchmark [--cities 14] [--departments 40] [--counties 8] [--county-departments 25]
 *                   [--commitments 10] [--records 3] [--runs 3]
 * </pre>
 */
@Command(name = "monitor-benchmark", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Writes a synthetic province into an empty database, then computes the monitoring of the "
				+ "province and of one city several times and prints the time and the number of queries of each pass. "
				+ "Point it at a scratch database (INTEGRITY_DATA_DIR=/tmp/bench): it refuses one holding other data." })
public class MonitorBenchmarkCommand extends ApplicationCommand {

	@Option(names = "--cities", defaultValue = "14", paramLabel = "N", description = "cities (default: ${DEFAULT-VALUE})")
	int cities;

	@Option(names = "--departments", defaultValue = "40", paramLabel = "N",
			description = "departments per city (default: ${DEFAULT-VALUE})")
	int departments;

	@Option(names = "--counties", defaultValue = "8", paramLabel = "N",
			description = "counties per city (default: ${DEFAULT-VALUE})")
	int counties;

	@Option(names = "--county-departments", defaultValue = "25", paramLabel = "N",
			description = "departments per county (default: ${DEFAULT-VALUE})")
	int countyDepartments;

	@Option(names = "--commitments", defaultValue = "10", paramLabel = "N",
			description = "commitments per body (default: ${DEFAULT-VALUE})")
	int commitments;

	@Option(names = "--records", defaultValue = "3", paramLabel = "N",
			description = "records per body (default: ${DEFAULT-VALUE})")
	int records;

	@Option(names = "--runs", defaultValue = "3", paramLabel = "N",
			description = "passes per region (default: ${DEFAULT-VALUE})")
	int runs;

	private static final YearMonth MONTH = YearMonth.of(2026, 10);

	private static final String EXISTING = """
			RETURN COUNT { MATCH (n:Entity) WHERE NOT n.id STARTS WITH 'bench-' } AS others,
			       COUNT { MATCH (:Body {id: 'bench-province'}) } AS province""";

	private static final String BODIES = """
			UNWIND $rows AS row
			CREATE (b:Entity:Body {id: row.id, name: row.name, kind: row.kind, level: row.level, divisionCode: row.code})
			WITH b, row WHERE row.parent IS NOT NULL
			MATCH (parent:Body {id: row.parent})
			CREATE (b)-[:PART_OF {from: date('2015-01-01')}]->(parent)""";

	private static final String COMMITMENTS = """
			UNWIND $rows AS row
			MATCH (maker:Body {id: row.body})
			CREATE (maker)-[:MADE]->(c:Entity:Commitment {id: row.id, title: row.id, kind: row.kind, status: row.status,
			        madeOn: date(row.madeOn), dueOn: date(row.dueOn), amount: row.amount})
			WITH c, row
			UNWIND range(0, size(row.events) - 1) AS i
			CREATE (c)-[:HAS_EVENT]->(:Entity:CommitmentEvent {id: row.id + '-' + i, status: row.events[i].status,
			        on: date(row.events[i].on)})""";

	private static final String RECORDS = """
			UNWIND $rows AS row
			MATCH (subject:Body {id: row.body}), (issuer:Body {id: row.issuer})
			CREATE (r:Entity:Record {id: row.id, title: row.id, kind: row.kind, severity: row.severity, status: row.status,
			        decidedOn: date(row.decidedOn), disclosureUntil: date(row.until)})
			CREATE (r)-[:AGAINST]->(subject), (r)-[:ISSUED_BY]->(issuer)
			WITH r, row
			UNWIND range(0, size(row.events) - 1) AS i
			CREATE (r)-[:HAS_EVENT]->(:Entity:RecordEvent {id: row.id + '-' + i, kind: row.events[i].kind,
			        on: date(row.events[i].on)})""";

	private GraphReader reader;

	private Driver driver;

	private Database database;

	@Override
	protected void check() {
		for (var count : List.of(this.cities, this.departments, this.counties, this.countyDepartments,
				this.commitments, this.records)) {
			if (count < 0) {
				throw invalid("counts cannot be negative");
			}
		}
		if (this.cities < 1 || this.runs < 1) {
			throw invalid("--cities and --runs must be at least 1 (the province and its first city are measured)");
		}
	}

	@Override
	protected int run() {
		var monitoring = bean(MonitoringService.class);
		this.reader = bean(GraphReader.class);
		this.driver = bean(Driver.class);
		this.database = bean(Database.class);
		var out = out();
		var err = err();
		var existing = this.reader.one(EXISTING, Map.of(), row -> new int[] { row.get("others").asInt(),
				row.get("province").asInt() }).orElseThrow();
		if (existing[0] > 0) {
			err.println("monitor-benchmark: the database holds other data; run it on an empty one "
					+ "(e.g. INTEGRITY_DATA_DIR=/tmp/bench)");
			return INVALID_INPUT;
		}
		if (existing[1] == 0) {
			generate(out, interactive());
		}
		else {
			out.println("Using the synthetic province already in the database.");
		}
		var counts = this.reader.one("""
				RETURN COUNT { MATCH (:Body) } AS bodies, COUNT { MATCH (:Commitment) } AS commitments,
				       COUNT { MATCH (:Record) } AS records,
				       COUNT { MATCH (:CommitmentEvent) } + COUNT { MATCH (:RecordEvent) } AS events""", Map.of(),
				row -> "%d bodies, %d commitments, %d records, %d events".formatted(row.get("bodies").asInt(),
						row.get("commitments").asInt(), row.get("records").asInt(), row.get("events").asInt()))
			.orElseThrow();
		out.println("Graph: " + counts);
		for (var region : List.of("bench-province", "bench-c1")) {
			for (int run = 1; run <= this.runs; run++) {
				long queries = this.reader.queriesExecuted();
				long start = System.nanoTime();
				var result = monitoring.compute(region, MONTH, 12, () -> {
				}).orElseThrow();
				long millis = (System.nanoTime() - start) / 1_000_000;
				out.printf("%s %s run %d: %d ranked bodies, %d warnings, %d ms, %d queries%n", region, MONTH, run,
						result.units().size(), result.warnings().size(), millis, this.reader.queriesExecuted() - queries);
			}
		}
		return OK;
	}

	private void generate(PrintStream out, boolean interactive) {
		var random = new Random(42);
		var bodies = new ArrayList<Map<String, Object>>();
		bodies.add(body("bench-province", "基准省人民政府", "GOVERNMENT", "PROVINCE", "980000", null));
		for (int c = 1; c <= this.cities; c++) {
			var city = "bench-c" + c;
			var cityCode = "98%02d00".formatted(c);
			bodies.add(body(city, "基准省第" + c + "市人民政府", "GOVERNMENT", "CITY", cityCode, "bench-province"));
			for (int d = 1; d <= this.departments; d++) {
				bodies.add(body(city + "-d" + d, "第" + c + "市第" + d + "局", "DEPARTMENT", "CITY", cityCode, city));
			}
			for (int k = 1; k <= this.counties; k++) {
				var county = city + "-k" + k;
				var countyCode = "98%02d%02d".formatted(c, 20 + k);
				bodies.add(body(county, "第" + c + "市第" + k + "县人民政府", "GOVERNMENT", "COUNTY", countyCode, city));
				for (int d = 1; d <= this.countyDepartments; d++) {
					bodies.add(body(county + "-d" + d, "第" + c + "市第" + k + "县第" + d + "局", "DEPARTMENT", "COUNTY",
							countyCode, county));
				}
			}
		}
		int batches = (bodies.size() + 999) / 1000;
		var progress = Progress.start("Synthetic province", "steps", 1, batches * 3L, out, interactive).everyStep();
		var done = 0;
		for (int i = 0; i < bodies.size(); i += 1000) {
			write(BODIES, bodies.subList(i, Math.min(bodies.size(), i + 1000)));
			progress.stepTo(++done, "bodies");
		}
		for (int i = 0; i < bodies.size(); i += 1000) {
			var commitments = new ArrayList<Map<String, Object>>();
			var records = new ArrayList<Map<String, Object>>();
			for (var body : bodies.subList(i, Math.min(bodies.size(), i + 1000))) {
				var id = (String) body.get("id");
				for (int n = 0; n < this.commitments; n++) {
					commitments.add(commitment(id + "-cm" + n, id, random));
				}
				for (int n = 0; n < this.records; n++) {
					records.add(record(id + "-rc" + n, id, (String) body.get("parent"), random));
				}
			}
			write(COMMITMENTS, commitments);
			progress.stepTo(++done, "commitments");
			write(RECORDS, records.stream().filter(r -> r.get("issuer") != null).toList());
			progress.stepTo(++done, "records");
		}
		progress.close();
	}

	private static Map<String, Object> body(String id, String name, String kind, String level, String code,
			String parent) {
		var body = new HashMap<String, Object>();
		body.put("id", id);
		body.put("name", name);
		body.put("kind", kind);
		body.put("level", level);
		body.put("code", code);
		body.put("parent", parent);
		return body;
	}

	/** A commitment made 2023–2025, due 2024–2026: fulfilled, overdue (some then broken) or pending. */
	private static Map<String, Object> commitment(String id, String body, Random random) {
		var made = YearMonth.of(2023, 1).plusMonths(random.nextInt(30));
		var due = made.plusMonths(3 + random.nextInt(18));
		var events = new ArrayList<Map<String, Object>>();
		events.add(Map.of("status", "PENDING", "on", made.atDay(1).toString()));
		var fate = random.nextInt(10);
		String status = "PENDING";
		if (due.atEndOfMonth().isBefore(MONTH.atEndOfMonth())) {
			if (fate < 6) {
				status = "FULFILLED";
				events.add(Map.of("status", status, "on", due.atDay(20).toString()));
			}
			else {
				status = "OVERDUE";
				events.add(Map.of("status", status, "on", due.atEndOfMonth().plusDays(1).toString()));
				if (fate == 9) {
					status = "BROKEN";
					events.add(Map.of("status", status, "on", due.plusMonths(4).atDay(10).toString()));
				}
			}
		}
		var row = new LinkedHashMap<String, Object>();
		row.put("id", id);
		row.put("body", body);
		row.put("kind", (fate % 2 == 0) ? "PAYMENT" : "SERVICE");
		row.put("status", status);
		row.put("madeOn", made.atDay(1).toString());
		row.put("dueOn", due.atEndOfMonth().toString());
		row.put("amount", (double) (100_000 * (1 + random.nextInt(200))));
		row.put("events", events);
		return row;
	}

	/** A record decided 2022–2026 against the body, issued by its parent (none for the province itself). */
	private static Map<String, Object> record(String id, String body, String issuer, Random random) {
		var decided = YearMonth.of(2022, 1).plusMonths(random.nextInt(58)).atDay(1 + random.nextInt(27));
		var severity = List.of("MINOR", "GENERAL", "SERIOUS").get(random.nextInt(3));
		var until = decided.plusYears(severity.equals("MINOR") ? 1 : severity.equals("GENERAL") ? 3 : 5);
		var events = new ArrayList<Map<String, Object>>();
		events.add(Map.of("kind", "RECORDED", "on", decided.toString()));
		String status = "RECORDED";
		var fate = random.nextInt(10);
		if (fate == 0) {
			events.add(Map.of("kind", "OBJECTION_FILED", "on", decided.plusDays(10).toString()));
			status = "OBJECTION_PENDING";
		}
		else if (fate == 1) {
			events.add(Map.of("kind", "REPAIRED", "on", decided.plusMonths(6).toString()));
			status = "REPAIRED";
		}
		var row = new LinkedHashMap<String, Object>();
		row.put("id", id);
		row.put("body", body);
		row.put("issuer", issuer);
		row.put("kind", (fate == 2) ? "COMMENDATION" : "BROKEN_COMMITMENT");
		row.put("severity", severity);
		row.put("status", status);
		row.put("decidedOn", decided.toString());
		row.put("until", until.toString());
		row.put("events", events);
		return row;
	}

	private void write(String cypher, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		try (var session = this.driver.session(this.database.writeSession(this.driver))) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", rows)).consume());
		}
	}

}
