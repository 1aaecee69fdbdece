package org.integritygraph.profile;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.integritygraph.graph.Dates;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Company;
import org.integritygraph.model.entity.Person;
import org.integritygraph.report.ReportLanguage;
import org.integritygraph.report.ReportProperties;
import org.integritygraph.report.ReportRenderer;

import org.springframework.stereotype.Component;

/**
 * The credit profile as a document (HTML, or PDF with the CJK font embedded), written with the reports'
 * renderer from {@code report/templates/credit-profile.html}, with the timeline chart inline.
 */
@Component
class ProfileReports {

	private static final String TEMPLATE = "credit-profile.html";

	private final ReportRenderer renderer;

	private final ReportProperties properties;

	private final Dates dates;

	ProfileReports(ReportRenderer renderer, ReportProperties properties, Dates dates) {
		this.renderer = renderer;
		this.properties = properties;
		this.dates = dates;
	}

	String html(CreditProfile profile, ReportLanguage language) {
		return page(profile, language, false);
	}

	byte[] pdf(CreditProfile profile, ReportLanguage language) {
		this.renderer.checkPdfFont();
		return this.renderer.pdf(page(profile, language, true), profile.subject().id());
	}

	/** The subject's name, whatever its type. */
	static String name(CreditProfile profile) {
		return switch (profile.subject()) {
			case Body body -> body.name();
			case Person person -> person.name();
			case Company company -> company.name();
			default -> profile.subject().id();
		};
	}

	private String page(CreditProfile profile, ReportLanguage language, boolean forPdf) {
		var text = this.renderer.text(language);
		var name = name(profile);
		var versions = new LinkedHashSet<String>();
		profile.measures()
			.forEach(m -> versions.add(text.msg("profile.measure.ruleVersion", m.ruleVersion(),
					m.ruleScope().isEmpty() ? text.msg("profile.measure.national")
							: text.msg("profile.measure.scope", m.ruleScope()))));
		var variables = new HashMap<String, Object>();
		variables.put("p", profile);
		variables.put("name", name);
		variables.put("timeline", TimelineChart.svg(profile, text));
		variables.put("publicView", profile.records().stream().allMatch(ProfileRecord::publicOn));
		variables.put("ruleVersions", List.copyOf(versions));
		variables.put("generatedAt", this.dates.now()
			.atZone(this.properties.zone())
			.truncatedTo(ChronoUnit.SECONDS)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		variables.put("pdfCss",
				forPdf ? ReportRenderer.pdfPageCss(text, text.msg("profile.title"), name + " · " + profile.at()) : "");
		return this.renderer.page(TEMPLATE, language, forPdf, variables);
	}

}
