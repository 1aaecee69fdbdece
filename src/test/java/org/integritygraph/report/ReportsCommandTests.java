package org.integritygraph.report;

import org.integritygraph.support.TestNeo4j;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch command {@code reports}. */
@SpringJUnitConfig(ReportsCommandTests.Beans.class)
class ReportsCommandTests {

	@BeforeAll
	static void graph() {
		TestNeo4j.replaceGraph("report/ppp-project.jsonl");
	}

	@Configuration(proxyBeanMethods = false)
	@Import(ReportRenderingTests.Beans.class)
	static class Beans {

	}

	@Autowired
	ConfigurableApplicationContext context;

	@TempDir
	Path folder;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		var line = new String[args.length + 1];
		line[0] = "reports";
		System.arraycopy(args, 0, line, 1, args.length);
		return Commands.on(this.context)
			.execute(List.of(new ReportsCommand()), new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8), line);
	}

	String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void ids_writeEveryKnownProject_andReportTheUnknownOne() throws IOException {
		int status = run("--ids", "rp-proj-ppp,no-such-project,rp-proj-quiet", "--out", this.folder.toString(), "--format",
				"pdf,md", "--at", "2024-06-01");
		assertThat(status).as(err()).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(this.folder.resolve("rp-proj-ppp.pdf")).isNotEmptyFile();
		assertThat(this.folder.resolve("rp-proj-ppp.md")).content(StandardCharsets.UTF_8).contains("截至日期: 2024-06-01");
		assertThat(this.folder.resolve("rp-proj-quiet.pdf")).isNotEmptyFile();
		assertThat(this.folder.resolve("no-such-project.pdf")).doesNotExist();
		try (var pdf = Loader.loadPDF(this.folder.resolve("rp-proj-ppp.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("王芳");
		}
		assertThat(out()).contains("Reports: 1 of 3 projects (33%), ", " — rp-proj-ppp", "Reports: 3 of 3 projects (100%), ",
				" — rp-proj-quiet", "Wrote 4 file(s) for 2 of 3 project(s)");
		assertThat(err()).contains("1 project(s) failed:", "  no-such-project: unknown project");
	}

	@Test
	void body_writesTheReportsOfEveryProjectItOwns() {
		int status = run("--body", "rp-housing", "--out", this.folder.resolve("housing").toString(), "--format", "html",
				"--lang", "en");
		assertThat(status).as(err()).isEqualTo(ApplicationCommand.OK);
		assertThat(this.folder.resolve("housing/rp-proj-ppp.html")).content(StandardCharsets.UTF_8)
			.contains("Project Responsibility Recall Report");
		assertThat(this.folder.resolve("housing/rp-proj-quiet.html")).exists();
		assertThat(out()).contains("Wrote 2 file(s) for 2 of 2 project(s)");
		assertThat(err()).isEmpty();
	}

	@Test
	void unknownBody_orBadArguments_writeNothing() {
		assertThat(run("--body", "no-such-body", "--out", this.folder.toString())).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).contains("no body with id 'no-such-body'");
		assertThat(run("--ids", "rp-proj-ppp")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(run("--ids", "rp-proj-ppp", "--body", "rp-housing", "--out", "x")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(run("--ids", "rp-proj-ppp", "--out", "x", "--format", "docx")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(err()).contains("Missing required option: '--out=FOLDER'",
				"Error: --body=ID, --ids=a,b,c are mutually exclusive (specify only one)", "unknown format 'docx'",
				"Usage: integrity-graph reports ");
		assertThat(this.folder).isEmptyDirectory();
	}

	@Test
	void pdfWithoutACjkFont_failsBeforeWritingAnything() {
		var properties = ReportDownloadControllerTests.NO_FONT;
		var options = new ReportsCommand.Options(null, List.of("rp-proj-ppp"), this.folder, null, List.of("pdf"),
				ReportLanguage.ZH, false);
		var reports = org.mockito.Mockito.mock(RecallReportService.class);
		var status = ReportsCommand.run(options, reports, reports,
				new ReportRenderer(new PdfReport(new CjkFont(properties)), properties),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), false);
		assertThat(status).isEqualTo(ApplicationCommand.FAILED);
		assertThat(err()).contains("integrity.reports.cjk-font", "apt-get install -y fonts-wqy-microhei");
		assertThat(this.folder).isEmptyDirectory();
	}

}
