package org.integritygraph.monitoring;

import java.nio.charset.StandardCharsets;

import org.integritygraph.report.ReportLanguage;

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
 * Downloads of the monthly monitoring report (政务诚信监测月报): {@code /reports/monitoring/{region}/{month}.html} and
 * {@code .pdf} ({@code month} as {@code yyyy-MM}), with {@code ?window=N} (default: the table's) and
 * {@code ?lang=zh|en}; an unknown region is 404, a bad month or window 400.
 */
@RestController
class MonitoringDownloadController {

	private final MonitoringService monitoring;

	private final MonitoringReports reports;

	MonitoringDownloadController(MonitoringService monitoring, MonitoringReports reports) {
		this.monitoring = monitoring;
		this.reports = reports;
	}

	@GetMapping("/reports/monitoring/{region}/{month}.html")
	ResponseEntity<String> html(@PathVariable String region, @PathVariable String month,
			@RequestParam(required = false) Integer window, @RequestParam(required = false) String lang) {
		var language = ReportLanguage.of(lang);
		var result = result(region, month, window);
		return file(result, "html", new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.reports.html(result, language));
	}

	@GetMapping("/reports/monitoring/{region}/{month}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String region, @PathVariable String month,
			@RequestParam(required = false) Integer window, @RequestParam(required = false) String lang) {
		var language = ReportLanguage.of(lang);
		var result = result(region, month, window);
		return file(result, "pdf", MediaType.APPLICATION_PDF).body(this.reports.pdf(result, language));
	}

	private MonitoringResult result(String region, String month, Integer window) {
		return this.monitoring.result(region, month, window)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No body with id '" + region + "'"));
	}

	private static ResponseEntity.BodyBuilder file(MonitoringResult result, String extension, MediaType type) {
		var disposition = ContentDisposition.inline().filename(MonitoringReports.fileName(result, extension, true)).build()
				+ "; filename*=UTF-8''" + UriUtils.encode(MonitoringReports.fileName(result, extension, false),
						StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.header("X-Monitoring-Stored", String.valueOf(result.stored()));
	}

}
