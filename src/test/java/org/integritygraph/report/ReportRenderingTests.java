package org.integritygraph.report;

import org.integritygraph.support.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML, PDF and Markdown of recall reports of the fixture's projects. */
@SpringJUnitConfig(ReportRenderingTests.Beans.class)
// the first run of each report query includes its planning, slow on a busy machine
@org.springframework.test.context.TestPropertySource(properties = "integrity.query-timeout=120s")
class ReportRenderingTests {

	@BeforeAll
	static void graph() {
		TestNeo4j.replaceGraph("report/ppp-project.jsonl");
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ TestNeo4j.GraphBeans.class, RecallReportService.class, ReportRenderer.class, PdfReport.class,
			CjkFont.class })
	static class Beans {

		/** Bound as the application binds it, so the defaults are the real ones. */
		@Bean
		ReportProperties reportProperties(Environment environment) {
			return Binder.get(environment).bindOrCreate("integrity.reports", ReportProperties.class);
		}

		@Bean
		Clock clock() {
			return Clock.fixed(LocalDate.of(2024, 6, 1).atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
					ZoneId.of("Asia/Shanghai"));
		}

	}

	@Autowired
	RecallReportService reports;

	@Autowired
	ReportRenderer renderer;

	RecallReport ppp() {
		return this.reports.report("rp-proj-ppp", null).orElseThrow();
	}

	@Test
	void pdf_holdsRealChineseTextWithNamesDocNumbersAndDates() throws IOException {
		var pdf = this.renderer.pdf(ppp(), ReportLanguage.ZH);
		Files.createDirectories(Path.of("target/reports"));
		Files.write(Path.of("target/reports/rp-proj-ppp.pdf"), pdf);
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("项目责任回溯报告", "青禾市城北污水处理厂PPP项目", "陈立", "王芳", "李明", "孙丽", "郑华", "吴刚",
					"青政发〔2018〕21号", "青政办发〔2020〕18号", "青信用〔2022〕15号", "2020-05-15", "2021-12-31",
					"失信/毁约", "现在的责任人");
			assertThat(text).contains("第 1 页 / 共 " + document.getNumberOfPages() + " 页");
			assertThat(document.getNumberOfPages()).isGreaterThan(2);
			// The outline mirrors the table of contents.
			var outline = document.getDocumentCatalog().getDocumentOutline();
			assertThat(outline).isNotNull();
			assertThat(outline.getFirstChild().getTitle()).isEqualTo("一、项目概况");
			assertThat(document.getDocumentInformation().getTitle()).contains("青禾市城北污水处理厂PPP项目");
		}
	}

	@Test
	void pdf_inEnglish() throws IOException {
		var pdf = this.renderer.pdf(ppp(), ReportLanguage.EN);
		Files.createDirectories(Path.of("target/reports"));
		Files.write(Path.of("target/reports/rp-proj-ppp.en.pdf"), pdf);
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Project Responsibility Recall Report", "Responsible now", "Wang Fang",
					"青政发〔2018〕21号", "Page 1 of");
		}
	}

	@Test
	void html_isSelfContainedAndHoldsTheDiagram() {
		var html = this.renderer.html(ppp(), ReportLanguage.ZH);
		var page = Jsoup.parse(html);
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
		// One drawing per phase, so that no printed page cuts one in two.
		var drawings = page.select("section#diagram svg");
		assertThat(drawings).hasSize(4);
		var procurement = drawings.get(2);
		assertThat(procurement.select("text").eachText()).contains("采购阶段 2019-06-01 至 2020-12-31", "分管副市长",
				"陈立 2019-06-01 至 2020-05-15", "王芳 2020-05-15 至 2020-12-31");
		assertThat(drawings.get(3).text()).contains("现任: 郑华");
		// The vacancy of the project lead inside the phase, and the dates of every superior in the chains.
		assertThat(procurement.select("text").eachText()).contains("空缺 2020-04-01 至 2020-08-01",
				"陈立 2019-06-01 至 2020-04-01", "林木 2019-06-01 至 2020-12-31");
		// Drawn at the printable width, never scaled down: no text smaller than 13 px (9.75 pt).
		assertThat(drawings).allSatisfy(svg -> {
			assertThat(svg.attr("width")).isEqualTo("680");
			assertThat(svg.attr("viewBox")).startsWith("0 0 680 ");
			assertThat(svg.select("text").eachAttr("font-size")).allSatisfy(size -> assertThat(Integer.parseInt(size))
				.isGreaterThanOrEqualTo(13));
		});
		assertThat(drawings.eachAttr("viewBox")).allSatisfy(box -> assertThat(box).startsWith("0 0 " + 
				drawings.get(0).attr("viewBox").split(" ")[2] + " "));
		// Nothing is fetched from elsewhere: the house style shared by every report is inlined, then the report's own.
		assertThat(page.select("link[href], script[src], img[src]")).isEmpty();
		var styles = page.select("head style").eachAttr("th:fragment");
		assertThat(styles).isEmpty();
		assertThat(page.select("head style").get(0).data()).contains("@page", "font-family: ReportCJK", ".meta td");
		assertThat(page.select("head style").get(1).data()).contains("table.responsibilities").doesNotContain("@page");
		assertThat(page.select("nav.toc a").eachAttr("href")).contains("#summary", "#phase-rp-ph-proc", "#provenance");
		assertThat(page.select("#phase-rp-ph-proc td").eachText()).anySatisfy(cell -> assertThat(cell).contains("李明"));
		assertThat(page.select("meta[name=data-version]").attr("content")).startsWith("sha256:");
	}

	@Test
	void markdown_listsPhasesCommitmentsAndSources() {
		var markdown = this.renderer.markdown(ppp(), ReportLanguage.ZH);
		assertThat(markdown).startsWith("# 项目责任回溯报告: 青禾市城北污水处理厂PPP项目")
			.contains("### 采购阶段 2019-06-01 至 2020-12-31")
			.contains("| 分管领导 | 青禾市人民政府 分管副市长 | 陈立 (2019-06-01 至 2020-05-15) |")
			.contains("### 按季度足额支付可行性缺口补助 [失信/毁约]")
			.contains("王芳 — 青禾市人民政府 分管副市长 (原职务现任, 2024-06-01)")
			.contains("## 二、责任关系图")
			.contains("  - 具体负责人 · 青禾市住房和城乡建设局 项目负责人: 李明(2019-06-01 至 2020-04-01)、孙丽(2020-08-01 至 2020-12-31)、空缺(2020-04-01 至 2020-08-01)")
			.contains("《关于将青禾市住房和城乡建设局列入政务失信记录的决定》 青信用〔2022〕15号");
	}

	@Test
	void reportWithoutCommitmentsOrRecords_stillRenders() throws IOException {
		var quiet = this.reports.report("rp-proj-quiet", null).orElseThrow();
		var html = Jsoup.parse(this.renderer.html(quiet, ReportLanguage.ZH));
		assertThat(html.select("section#commitments p").text()).isEqualTo("无");
		assertThat(html.select("section#records p").text()).isEqualTo("无");
		try (var document = Loader.loadPDF(this.renderer.pdf(quiet, ReportLanguage.ZH))) {
			assertThat(new PDFTextStripper().getText(document)).contains("青禾市老旧小区改造项目", "郑华");
		}
		assertThat(this.renderer.markdown(quiet, ReportLanguage.EN)).contains("## 5. Commitments\n\nNone");
	}

}
