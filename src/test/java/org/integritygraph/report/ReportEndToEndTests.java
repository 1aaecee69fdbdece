package org.integritygraph.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on the report fixture: the GraphQL query {@code recallReport} and the downloads, as a
 * browser or client gets them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "integrity.sample.enabled=false")
class ReportEndToEndTests {

	@BeforeAll
	static void graph() {
		ReportTestGraph.load();
	}

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", () -> ReportTestGraph.boltUri().toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	ExecutionGraphQlService graphQlService;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		var token = this.issuer.issue(org.integritygraph.security.Role.INVESTIGATOR, "report-test", java.util.List.of(),
				java.time.Duration.ofMinutes(10));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	@Autowired
	org.integritygraph.security.TokenIssuer issuer;

	/** The report as investigators read it (the public's view: SecurityApiTests). */
	ExecutionGraphQlServiceTester graphQl() {
		var investigator = org.integritygraph.graph.Viewer.internal(java.time.LocalDate.now(), null);
		return ExecutionGraphQlServiceTester.builder(this.graphQlService)
			.configureExecutionInput((input, builder) -> builder
				.graphQLContext(context -> context.put(org.integritygraph.graph.Viewer.KEY, investigator))
				.build())
			.build();
	}

	@Test
	void recallReport_answersWhoWasResponsibleThenAndWhoIsNow() {
		var response = graphQl().documentName("recallReport")
			.variable("projectId", "rp-proj-ppp")
			.variable("at", "2024-06-01")
			.execute();
		response.path("recallReport.at").entity(String.class).isEqualTo("2024-06-01");
		response.path("recallReport.project.kind").entity(String.class).isEqualTo("PPP");
		response.path("recallReport.project.owner.name").entity(String.class).isEqualTo("青禾市住房和城乡建设局");
		response.path("recallReport.phases[*].stage")
			.entityList(String.class)
			.containsExactly("IDENTIFICATION", "PREPARATION", "PROCUREMENT", "EXECUTION");
		response.path("recallReport.phases[2].responsibilities[0].holders[*].person.name")
			.entityList(String.class)
			.containsExactly("陈立", "王芳");
		response.path("recallReport.phases[2].responsibilities[1].holders[0].chain[*].post.title")
			.entityList(String.class)
			.containsExactly("局长", "分管副市长", "市长");
		response.path("recallReport.phases[3].responsibilities[0].now[0].holders[*].person.name")
			.entityList(String.class)
			.containsExactly("郑华");
		response.path("recallReport.phases[0].decisions[0].docNo").entity(String.class).isEqualTo("青政发〔2018〕21号");
		response.path("recallReport.commitments[2].status").entity(String.class).isEqualTo("BROKEN");
		response.path("recallReport.commitments[2].accountability.then[*].holders[0].person.name")
			.entityList(String.class)
			.contains("王芳", "赵强");
		response.path("recallReport.commitments[2].accountability.now[*].holders[0].person.name")
			.entityList(String.class)
			.contains("王芳", "郑华")
			.doesNotContain("赵强");
		response.path("recallReport.commitments[1].accountability.now[0].basis")
			.entity(String.class)
			.isEqualTo("SUCCESSOR_PRINCIPAL");
		response.path("recallReport.records[*].relation")
			.entityList(String.class)
			.containsExactly("AGAINST_RESPONSIBLE_PERSON", "CONCERNS_PROJECT");
		response.path("recallReport.diagramSvg").entity(String.class).satisfies(svg -> assertThat(svg)
			.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains("分管副市长"));
		response.path("recallReport.provenance.dataVersion")
			.entity(String.class)
			.satisfies(version -> assertThat(version).matches("sha256:[0-9a-f]{16}"));
	}

	@Test
	void recallReport_ofAnUnknownProjectIsNull() {
		graphQl().documentName("recallReport").variable("projectId", "no-such-project").execute()
			.path("recallReport")
			.valueIsNull();
	}

	@Test
	void pdfDownload_opensInTheBrowserWithChineseText() throws Exception {
		var response = get("/reports/projects/rp-proj-ppp.pdf?at=2024-06-01");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("inline; filename=\"recall-report-rp-proj-ppp-2024-06-01.pdf\"; filename*=UTF-8''")
			.contains(UriUtils.encode("项目责任回溯报告-rp-proj-ppp-2024-06-01.pdf", StandardCharsets.UTF_8));
		assertThat(response.headers().firstValue("X-Report-Data-Version").orElseThrow()).startsWith("sha256:");
		try (var document = Loader.loadPDF(response.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("青禾市城北污水处理厂PPP项目", "郑华", "青信用〔2022〕15号",
					"2022-03-01");
		}
	}

	@Test
	void htmlDownload_isAPageWithTheDiagram() throws Exception {
		var response = get("/reports/projects/rp-proj-ppp.html?lang=en");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		var page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
		assertThat(page.title()).startsWith("Project Responsibility Recall Report");
		assertThat(page.select("svg.responsibility-diagram")).hasSize(4);
		assertThat(page.text()).contains("Wang Fang", "Responsible now");
	}

	@Test
	void markdownDownload() throws Exception {
		var response = get("/reports/projects/rp-proj-quiet.md");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
		assertThat(new String(response.body(), StandardCharsets.UTF_8))
			.startsWith("# 项目责任回溯报告: 青禾市老旧小区改造项目");
	}

	@Test
	void unknownProject_is404_andBadArguments_400() throws Exception {
		for (var format : List.of("html", "pdf", "md")) {
			assertThat(get("/reports/projects/no-such-project." + format).statusCode()).isEqualTo(404);
		}
		assertThat(get("/reports/projects/rp-proj-ppp.html?lang=fr").statusCode()).isEqualTo(400);
		assertThat(get("/reports/projects/rp-proj-ppp.html?at=yesterday").statusCode()).isEqualTo(400);
	}

}
