package org.integritygraph.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.integritygraph.api.HttpErrors;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the download endpoint says when the PDF cannot be made: no CJK font means 503, never boxes. */
class ReportDownloadControllerTests {

	static final ReportProperties NO_FONT = new ReportProperties(null, List.of("/nonexistent/font.ttc"),
			ZoneId.of("Asia/Shanghai"));

	static RecallReport minimalReport() {
		var project = new ReportProject("p-1", "测试项目", null, "PPP", null, "PLANNED", null, null, null, null, null,
				List.of());
		var provenance = new ReportProvenance(LocalDate.of(2024, 6, 1), Instant.parse("2024-06-01T01:00:00Z"),
				"sha256:0000000000000000", List.of(), List.of());
		return new RecallReport(project, LocalDate.of(2024, 6, 1), List.of(), List.of(), List.of(), List.of(),
				List.of(), provenance);
	}

	/** Every download of these tests is a public one. */
	static final org.springframework.web.method.support.HandlerMethodArgumentResolver PUBLIC = new org.springframework.web.method.support.HandlerMethodArgumentResolver() {

		@Override
		public boolean supportsParameter(org.springframework.core.MethodParameter parameter) {
			return parameter.getParameterType() == org.integritygraph.graph.Viewer.class;
		}

		@Override
		public Object resolveArgument(org.springframework.core.MethodParameter parameter,
				org.springframework.web.method.support.ModelAndViewContainer container,
				org.springframework.web.context.request.NativeWebRequest request,
				org.springframework.web.bind.support.WebDataBinderFactory binders) {
			return org.integritygraph.graph.Viewer.publicViewer(java.time.LocalDate.now(), null);
		}

	};

	MockMvc mvc(ReportProperties properties) {
		var reports = mock(RecallReportService.class);
		given(reports.as(any())).willReturn(reports);
		given(reports.report(eq("p-1"), any())).willReturn(Optional.of(minimalReport()));
		given(reports.report(eq("unknown"), any())).willReturn(Optional.empty());
		var renderer = new ReportRenderer(new PdfReport(new CjkFont(properties)), properties);
		return MockMvcBuilders.standaloneSetup(new ReportDownloadController(reports, renderer))
			.setCustomArgumentResolvers(PUBLIC)
			.setControllerAdvice(new HttpErrors())
			.build();
	}

	@Test
	void pdfWithoutACjkFont_is503NamingThePropertyAndThePackage() throws Exception {
		mvc(NO_FONT).perform(get("/reports/projects/p-1.pdf"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("integrity.reports.cjk-font"),
					org.hamcrest.Matchers.containsString("apt-get install -y fonts-wqy-microhei"))));
		// The HTML needs no font of ours: the browser has its own.
		mvc(NO_FONT).perform(get("/reports/projects/p-1.html")).andExpect(status().isOk());
	}

	@Test
	void configuredFontThatDoesNotExist_isNamedInTheError() {
		var font = new CjkFont(new ReportProperties(Path.of("/nonexistent/my.ttf"), List.of(), ZoneId.of("UTC")));
		assertThatExceptionOfType(CjkFontMissingException.class).isThrownBy(font::path)
			.withMessageContaining("integrity.reports.cjk-font=/nonexistent/my.ttf does not exist");
	}

	@Test
	void unknownProject_is404_andUnknownLanguage_400() throws Exception {
		var mvc = mvc(NO_FONT);
		mvc.perform(get("/reports/projects/unknown.html")).andExpect(status().isNotFound());
		mvc.perform(get("/reports/projects/p-1.md").param("lang", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("use zh or en")));
		var markdown = mvc.perform(get("/reports/projects/p-1.md").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(markdown).contains("## 4. Contracts", "None");
	}

}
