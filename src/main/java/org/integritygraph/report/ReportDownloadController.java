package org.integritygraph.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.integritygraph.graph.KnownAt;
import org.integritygraph.graph.Viewer;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Downloads of the recall report: {@code /reports/projects/{id}.html}, {@code .pdf} and {@code .md},
 * with {@code ?at=yyyy-MM-dd} (default today), {@code ?knownAt=} an ISO date-time (the report as it would
 * have been printed then, from the facts recorded by that time) and {@code ?lang=zh|en} (default Chinese). HTML and PDF
 * open in the browser (inline) and save under a readable file name; an unknown project is 404, a bad
 * language 400, and a PDF without a CJK font 503 with the fix in the message.
 */
@RestController
class ReportDownloadController {

	static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private final RecallReportService reports;

	private final ReportRenderer renderer;

	ReportDownloadController(RecallReportService reports, ReportRenderer renderer) {
		this.reports = reports;
		this.renderer = renderer;
	}

	@GetMapping("/reports/projects/{id}.html")
	ResponseEntity<String> html(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String lang,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime knownAt,
			Viewer viewer) {
		var language = ReportLanguage.of(lang);
		var report = report(viewer, id, at, knownAt);
		return file(report, "html", new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.renderer.html(report, language));
	}

	@GetMapping("/reports/projects/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String lang,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime knownAt,
			Viewer viewer) {
		var language = ReportLanguage.of(lang);
		var report = report(viewer, id, at, knownAt);
		return file(report, "pdf", MediaType.APPLICATION_PDF).body(this.renderer.pdf(report, language));
	}

	@GetMapping("/reports/projects/{id}.md")
	ResponseEntity<String> markdown(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String lang,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime knownAt,
			Viewer viewer) {
		var language = ReportLanguage.of(lang);
		var report = report(viewer, id, at, knownAt);
		return file(report, "md", MARKDOWN).body(this.renderer.markdown(report, language));
	}

	/**
	 * The report as the caller may see it (the disclosure rules, {@link RecallReportService#as(Viewer)}), as
	 * known at a recorded time if one is given.
	 */
	private RecallReport report(Viewer viewer, String id, LocalDate at, OffsetDateTime knownAt) {
		return KnownAt.call(knownAt, () -> this.reports.as(viewer).report(id, at))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No project with id '" + id + "'"));
	}

	private static ResponseEntity.BodyBuilder file(RecallReport report, String extension, MediaType type) {
		// An ASCII name for old clients, the Chinese one (RFC 6266 filename*) for the others.
		var disposition = ContentDisposition.inline().filename(ReportFiles.asciiFileName(report, extension)).build()
				+ "; filename*=UTF-8''" + UriUtils.encode(ReportFiles.fileName(report, extension), StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.header("X-Report-Data-Version", report.provenance().dataVersion());
	}

}
