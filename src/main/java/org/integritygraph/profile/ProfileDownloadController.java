package org.integritygraph.profile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.integritygraph.report.ReportLanguage;

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
 * Downloads of the credit profile (信用档案): {@code /reports/profiles/{id}.html} and {@code .pdf}, with
 * {@code ?at=yyyy-MM-dd} (default today) and {@code ?lang=zh|en} (default Chinese); an unknown id is 404.
 */
@RestController
class ProfileDownloadController {

	private final CreditProfileService profiles;

	private final ProfileReports reports;

	ProfileDownloadController(CreditProfileService profiles, ProfileReports reports) {
		this.profiles = profiles;
		this.reports = reports;
	}

	@GetMapping("/reports/profiles/{id}.html")
	ResponseEntity<String> html(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String lang) {
		var language = ReportLanguage.of(lang);
		var profile = profile(id, at);
		return file(profile, "html", new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.reports.html(profile, language));
	}

	@GetMapping("/reports/profiles/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String lang) {
		var language = ReportLanguage.of(lang);
		var profile = profile(id, at);
		return file(profile, "pdf", MediaType.APPLICATION_PDF).body(this.reports.pdf(profile, language));
	}

	private CreditProfile profile(String id, LocalDate at) {
		return this.profiles.profile(id, at)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No body, person or company with id '" + id + "'"));
	}

	private static ResponseEntity.BodyBuilder file(CreditProfile profile, String extension, MediaType type) {
		var safeId = profile.subject().id().replaceAll("[^A-Za-z0-9._-]", "_");
		var ascii = "credit-profile-" + safeId + "-" + profile.at() + "." + extension;
		var chinese = "信用档案-" + ProfileReports.name(profile) + "-" + profile.at() + "." + extension;
		var disposition = ContentDisposition.inline().filename(ascii).build() + "; filename*=UTF-8''"
				+ UriUtils.encode(chinese.replaceAll("[\\\\/:*?\"<>|]", "_"), StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition);
	}

}
