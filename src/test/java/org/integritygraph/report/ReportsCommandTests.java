package org.integritygraph.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch command {@code reports}. */
@SpringJUnitConfig(ReportsCommandTests.Beans.class)
class ReportsCommandTests {

	@Configuration(proxyBeanMethods = false)
	@Import({ ReportRenderingTests.Beans.class, ReportsCommand.class })
	static class Beans {

	}

	@Autowired
	ReportsCommand command;

	@TempDir
	Path out;

	final ByteArrayOutputStream console = new ByteArrayOutputStream();

	int run(String... args) {
		return this.command.run(List.of(args), new PrintStream(this.console, true, StandardCharsets.UTF_8), false);
	}

	String console() {
		return this.console.toString(StandardCharsets.UTF_8);
	}

	@Test
	void ids_writeEveryKnownProject_andReportTheUnknownOne() throws IOException {
		int status = run("--ids", "rp-proj-ppp,no-such-project,rp-proj-quiet", "--out", this.out.toString(), "--format",
				"pdf,md", "--at", "2024-06-01");
		assertThat(status).isEqualTo(1);
		assertThat(this.out.resolve("rp-proj-ppp.pdf")).isNotEmptyFile();
		assertThat(this.out.resolve("rp-proj-ppp.md")).content(StandardCharsets.UTF_8).contains("截至日期: 2024-06-01");
		assertThat(this.out.resolve("rp-proj-quiet.pdf")).isNotEmptyFile();
		assertThat(this.out.resolve("no-such-project.pdf")).doesNotExist();
		try (var pdf = Loader.loadPDF(this.out.resolve("rp-proj-ppp.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("王芳");
		}
		assertThat(console()).contains("[##########....................] 1/3 rp-proj-ppp",
				"[##############################] 3/3 rp-proj-quiet", "Wrote 4 file(s) for 2 of 3 project(s)",
				"1 project(s) failed:", "  no-such-project: unknown project");
	}

	@Test
	void body_writesTheReportsOfEveryProjectItOwns() {
		int status = run("--body", "rp-housing", "--out", this.out.resolve("housing").toString(), "--format", "html",
				"--lang", "en");
		assertThat(status).isZero();
		assertThat(this.out.resolve("housing/rp-proj-ppp.html")).content(StandardCharsets.UTF_8)
			.contains("Project Responsibility Recall Report");
		assertThat(this.out.resolve("housing/rp-proj-quiet.html")).exists();
		assertThat(console()).contains("Wrote 2 file(s) for 2 of 2 project(s)").doesNotContain("failed");
	}

	@Test
	void unknownBody_orBadArguments_writeNothing() {
		assertThat(run("--body", "no-such-body", "--out", this.out.toString())).isEqualTo(2);
		assertThat(console()).contains("no body with id 'no-such-body'");
		assertThat(run("--ids", "rp-proj-ppp")).isEqualTo(2);
		assertThat(run("--ids", "rp-proj-ppp", "--body", "rp-housing", "--out", "x")).isEqualTo(2);
		assertThat(run("--ids", "rp-proj-ppp", "--out", "x", "--format", "docx")).isEqualTo(2);
		assertThat(console()).contains("--out is required", "give either --body or --ids", "unknown format 'docx'",
				"usage: reports");
		assertThat(this.out).isEmptyDirectory();
	}

}
