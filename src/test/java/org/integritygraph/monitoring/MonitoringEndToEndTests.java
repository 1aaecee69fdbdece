package org.integritygraph.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integritygraph.IntegrityGraphApplication;
import org.integritygraph.api.ApiTest;
import org.integritygraph.api.GraphQlClient;
import org.integritygraph.security.Role;
import org.integritygraph.security.TokenIssuer;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credit profiles and monthly monitoring end to end on the sample city (青禾市) as the service starts with it: the
 * README's section as written (command, GraphQL requests and the answers it states), the downloads, and errors.
 */
@ApiTest
class MonitoringEndToEndTests {

	static final String SECTION = "## Credit profiles and monthly monitoring (信用档案与信用监测预警)";

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	GraphQlClient graphQl;

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	TokenIssuer tokens;

	@BeforeEach
	void client() {
		this.graphQl = new GraphQlClient(this.port);
	}

	private GraphQlClient admin() {
		return this.graphQl.withToken(this.tokens.issue(Role.ADMIN, "test-admin", List.of(), Duration.ofHours(1)));
	}

	@Test
	void readme_section_commandAndQueriesAnswerWhatItSays() throws IOException {
		var section = readmeSection();
		// the monthly run, then the same month again
		var command = block(section, "bash", 0).getFirst();
		var args = List.of(command.replace("java -jar target/integrity-graph-0.1.0-SNAPSHOT.jar ", "").split(" "));
		var first = run(args);
		assertThat(first.code()).as(first.err()).isZero();
		var lines = first.out().lines().map(String::stripTrailing).toList();
		assertThat(lines).containsAll(block(section, "text", 0));
		assertThat(lines).anyMatch(line -> line.startsWith("Monitor: 13 of 13 steps (100%), ") && line.endsWith(" — 2026-10 stored"));
		var again = run(args);
		assertThat(again.code()).isZero();
		assertThat(again.out()).contains("2026-10 (window 12 months): already stored on").contains("unchanged")
			.contains(" 16. 青禾市交通运输局                    59.5");

		var ranking = this.graphQl.post(String.join("\n", block(section, "graphql", 0)));
		assertThat(ranking.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		assertThat(ranking.<Boolean>read("$.data.ranking.stored")).isTrue();
		assertThat(ranking.<List<String>>read("$.data.ranking.entries[-2:].name")).containsExactly("青禾市水务局", "青禾市交通运输局");
		assertThat(ranking.<List<Integer>>read("$.data.ranking.entries[-2:].rank")).containsExactly(15, 16);
		assertThat(ranking.<List<Double>>read("$.data.ranking.entries[-2:].score")).containsExactly(64.0, 59.5);
		assertThat(ranking.<List<Double>>read("$.data.ranking.entries[?(@.rank == 1)].score")).hasSize(9).containsOnly(100.0);
		assertThat(ranking.<List<String>>read("$.data.warnings[*].body.name")).containsOnly("青禾市交通运输局").hasSize(2);
		assertThat(ranking.<List<String>>read("$.data.warnings[*].reason")).containsExactly("逾期承诺为 3,达到预警阈值 2",
				"逾期承诺金额连续 3 个月上升:0.00 元 → 3,200,000.00 元 → 7,700,000.00 元 → 13,500,000.00 元");
		assertThat(ranking.<List<String>>read("$.data.warnings[*].responsibleNow[*].post.title")).containsOnly("局长");
		assertThat(ranking.<List<String>>read("$.data.warnings[*].responsibleNow[*].holders[*].name")).containsOnly("程浩");
		var formula = ranking.<String>read("$.data.explain.formula");
		assertThat(section.replace("\n", " ")).contains(formula);
		assertThat(formula).isEqualTo("100 − 15 (拖欠款项(工程款等) 99,500,000.00 元, 封顶) − 13.5 (逾期承诺金额 13,500,000.00 元) − 12 (逾期承诺 3) = 59.5");
		assertThat(ranking.<List<String>>read("$.data.explain.contributions[0].facts[*].id")).containsExactly(
				"cm-ringroad-subsidy-2020", "cm-bridge-approach-1", "cm-bridge-approach-2", "cm-bridge-approach-3");
		assertThat(ranking.<List<String>>read("$.data.explain.contributions[0].facts[*].node.signature.person.name"))
			.containsExactly("刘振华", "程浩", "程浩", "程浩");
		assertThat(ranking.<List<String>>read("$.data.explain.contributions[1].facts[*].node.contract.title"))
			.containsOnly("青禾大桥引桥及接线工程施工合同");

		var profile = this.graphQl.post(String.join("\n", block(section, "graphql", 1)));
		assertThat(profile.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		assertThat(profile.<List<String>>read("$.data.creditProfile.records[*].record.docNo")).containsExactly("青发改信用〔2022〕17号");
		assertThat(profile.<List<String>>read("$.data.creditProfile.records[*].statusOn")).containsExactly("RECORDED");
		assertThat(profile.<List<String>>read("$.data.creditProfile.measuresInForce[*].name"))
			.containsExactly("取消参加各类荣誉评选资格", "追究主要负责人责任");
		assertThat(profile.<List<String>>read("$.data.creditProfile.measuresInForce[*].until")).containsOnly("2027-09-08");
		assertThat(profile.<List<String>>read("$.data.creditProfile.measuresInForce[*].endsBy")).containsOnly("EXPIRED");
		assertThat(profile.<List<String>>read("$.data.creditProfile.measuresInForce[*].basis.clause")).containsOnly("二(二)6");
		assertThat(profile.<Map<String, Object>>read("$.data.creditProfile.commitmentCounts")).containsEntry("made", 7)
			.containsEntry("kept", 3)
			.containsEntry("overdue", 3)
			.containsEntry("broken", 1)
			.containsEntry("overdueAmount", 1.35E7);
		assertThat(profile.<List<String>>read("$.data.company.measuresInForce[*].kind")).containsExactly("BID_RESTRICTION");
		assertThat(profile.<List<String>>read("$.data.company.measuresInForce[*].until")).containsExactly("2029-05-18");

		var mutation = String.join("\n", block(section, "graphql", 2));
		var refused = this.graphQl.post(mutation);
		assertThat(refused.<List<String>>read("$.errors[*].extensions.classification")).containsExactly("UNAUTHORIZED");
		var published = admin().post(mutation);
		assertThat(published.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		assertThat(published.<Map<String, Object>>read("$.data.publishConsequenceRules.table")).containsEntry("scope", "99")
			.containsEntry("version", 1)
			.containsEntry("effectiveFrom", "2027-01-01");
		var inForce = this.graphQl.post("""
				{ consequenceRules(divisionCode: "990100", at: "2027-01-01") { version scope }
				  before: consequenceRules(divisionCode: "990100", at: "2026-12-31") { version }
				  consequenceRuleVersions { version scope } }""");
		assertThat(inForce.<Integer>read("$.data.consequenceRules.version")).isEqualTo(1);
		assertThat(inForce.<Integer>read("$.data.before.version")).isZero();
		assertThat(inForce.<List<Integer>>read("$.data.consequenceRuleVersions[*].version")).containsExactly(0, 1);
	}

	@Test
	void monthlyReport_html_showsRankingWarningsFactsAndWhoAnswersNow() throws Exception {
		var response = get("/reports/monitoring/bd-city/2026-10.html");
		assertThat(response.statusCode()).isEqualTo(200);
		var html = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(html).contains("政务诚信监测月报", "青禾市人民政府 · 2026年10月", "class=\"ranking-chart\"",
				"逾期承诺金额连续 3 个月上升", "青禾市交通运输局 局长 程浩", "cm-bridge-approach-3",
				"/reports/profiles/bd-city-transport.html", "100 − 15 (拖欠款项(工程款等)");
		assertThat(html.split("class=\"sparkline\"", -1)).hasSize(17);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("monitoring-report-bd-city-2026-10.html");
		var english = new String(get("/reports/monitoring/bd-city/2026-10.html?lang=en").body(), StandardCharsets.UTF_8);
		assertThat(english).contains("Government integrity monitoring report", "rose 3 months in a row");
	}

	@Test
	void monthlyReportAndProfile_pdf_haveRealChineseText() throws Exception {
		var report = get("/reports/monitoring/bd-city/2026-10.pdf");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(text(report.body())).contains("政务诚信监测月报", "青禾市交通运输局", "程浩");
		var profile = get("/reports/profiles/bd-city-transport.pdf?at=2026-11-22");
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(text(profile.body())).contains("信用档案", "青禾市交通运输局", "追究主要负责人责任", "卫政办发〔2018〕175号");
	}

	@Test
	void profileDownload_html_hasTheTimelineAndOnlyPublicRecords() throws Exception {
		var response = get("/reports/profiles/bd-city-transport.html?at=2026-11-22");
		assertThat(response.statusCode()).isEqualTo(200);
		var html = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(html).contains("class=\"timeline\"", "青发改信用〔2022〕17号", "取消参加各类荣誉评选资格", "2027-09-08")
			.doesNotContain("青自然资罚〔2020〕12号");
		assertThat(get("/reports/profiles/nobody.html").statusCode()).isEqualTo(404);
		assertThat(get("/reports/monitoring/nowhere/2026-10.html").statusCode()).isEqualTo(404);
		assertThat(get("/reports/monitoring/bd-city/2026-13.html").statusCode()).isEqualTo(400);
	}

	@Test
	void badArguments_areTypedErrors_andABadRuleWritesNothing() {
		var badMonth = this.graphQl.post("{ ranking(region: \"bd-city\", month: \"2026-13\") { stored } }");
		assertThat(badMonth.<List<String>>read("$.errors[*].extensions.classification")).containsExactly("BAD_REQUEST");
		assertThat(badMonth.<List<String>>read("$.errors[*].extensions.argument")).containsExactly("month");
		assertThat(this.graphQl.post("{ ranking(region: \"nowhere\") { stored } }").<Object>read("$.data.ranking")).isNull();
		var versions = this.graphQl.post("{ consequenceRuleVersions { version } }").<List<Integer>>read("$.data.consequenceRuleVersions[*].version");
		var bad = admin().post("""
				mutation { publishConsequenceRules(input: { scope: "98", effectiveFrom: "2027-01-01", reason: "x",
				  rules: [{ id: "r", statuses: [], measure: RECTIFICATION, basis: { title: "t" } }] }) { table { version } } }""");
		assertThat(bad.<List<String>>read("$.errors[*].extensions.classification")).containsExactly("BAD_REQUEST");
		assertThat(bad.<List<String>>read("$.errors[*].extensions.argument")).containsExactly("input.rules[0].statuses");
		assertThat(this.graphQl.post("{ consequenceRuleVersions { version } }").<List<Integer>>read("$.data.consequenceRuleVersions[*].version"))
			.isEqualTo(versions);
	}

	@Test
	void monitorCommand_refusesBadArgumentsAndAMonthNotEnded() {
		assertThat(run(List.of("--month", "2026-10")).code()).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(run(List.of("--region", "bd-city", "--month", "2999-01")).err()).contains("has not ended yet");
		assertThat(run(List.of("--region", "nowhere", "--month", "2026-10")).code()).isEqualTo(ApplicationCommand.INVALID_INPUT);
	}

	/** The command line as the jar runs it, on this test's application ({@code monitor} when it starts with an option). */
	private Run run(List<String> args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		var line = new ArrayList<String>(args);
		if (args.getFirst().startsWith("--")) {
			line.addFirst("monitor");
		}
		int code = Commands.on(this.context)
			.execute(IntegrityGraphApplication.commands(), new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8), line.toArray(String[]::new));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Run(int code, String out, String err) {
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String readmeSection() throws IOException {
		var readme = Files.readString(Path.of("README.md"));
		var start = readme.indexOf("\n" + SECTION + "\n");
		assertThat(start).as(SECTION).isNotNegative();
		var end = readme.indexOf("\n## ", start + SECTION.length() + 1);
		return readme.substring(start, end < 0 ? readme.length() : end);
	}

	/** The lines of the n-th fenced block of that language in the text. */
	private static List<String> block(String text, String language, int n) {
		var blocks = new ArrayList<List<String>>();
		int from = 0;
		while (true) {
			var start = text.indexOf("```" + language + "\n", from);
			if (start < 0) {
				break;
			}
			var body = start + language.length() + 4;
			var end = text.indexOf("\n```", body);
			blocks.add(text.substring(body, end).lines().toList());
			from = end + 4;
		}
		assertThat(blocks).as("```" + language + " blocks").hasSizeGreaterThan(n);
		return blocks.get(n);
	}

}
