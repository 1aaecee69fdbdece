package org.integritygraph.report;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a recall report as HTML (a Thymeleaf template, {@code report/templates/recall-report.html}),
 * Markdown or PDF, in Chinese or English. The report's own engine and messages
 * ({@code report/messages*.properties}) are private to it, so it leaves the application's MVC views and
 * message source alone.
 */
@Component
public class ReportRenderer {

	private final MessageSource messages;

	private final SpringTemplateEngine templates;

	private final PdfReport pdf;

	private final ReportProperties properties;

	ReportRenderer(PdfReport pdf, ReportProperties properties) {
		this.pdf = pdf;
		this.properties = properties;
		var source = new ResourceBundleMessageSource();
		// The recall report's labels, and those of the other reports written with this renderer.
		source.setBasenames("report/messages", "report/profile-messages", "report/monitoring-messages");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// Chinese is messages.properties itself: never fall back to the machine's locale.
		source.setFallbackToSystemLocale(false);
		this.messages = source;
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("report/templates/");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		this.templates = new SpringTemplateEngine();
		this.templates.setTemplateResolver(resolver);
	}

	public ReportText text(ReportLanguage language) {
		return new ReportText(this.messages, language);
	}

	/** The self-contained HTML page. */
	public String html(RecallReport report, ReportLanguage language) {
		return page(report, language, false);
	}

	public String markdown(RecallReport report, ReportLanguage language) {
		return MarkdownReport.write(report, text(language), generatedAt(report));
	}

	/** The PDF; a {@link CjkFontMissingException} when no CJK font is installed or configured. */
	public byte[] pdf(RecallReport report, ReportLanguage language) {
		checkPdfFont();
		return this.pdf.render(page(report, language, true), report.project().id());
	}

	/** Fails with a {@link CjkFontMissingException} when a PDF could not be written for want of a CJK font. */
	public void checkPdfFont() {
		this.pdf.checkFont();
	}

	/** The responsibility diagram (SVG). */
	public String diagram(RecallReport report, ReportLanguage language) {
		return ResponsibilityDiagram.svg(report, text(language));
	}

	/**
	 * Another report of the application as an HTML page: the Thymeleaf template {@code report/templates/<template>}
	 * with the given variables, plus {@code t} (how the language says things) and {@code pdf} (whether the page is
	 * for {@link #pdf(String, String)}).
	 */
	public String page(String template, ReportLanguage language, boolean forPdf, Map<String, Object> variables) {
		var context = new Context(language.locale());
		context.setVariables(variables);
		context.setVariable("t", text(language));
		context.setVariable("pdf", forPdf);
		return this.templates.process(template, context);
	}

	/**
	 * The PDF of a page written by {@link #page} for the PDF (embedded CJK font, bookmarks from its
	 * {@code nav.toc}); a {@link CjkFontMissingException} when no CJK font is installed or configured.
	 */
	public byte[] pdf(String html, String title) {
		checkPdfFont();
		return this.pdf.render(html, title);
	}

	/**
	 * The page furniture of a PDF (for a {@code <style>} of the page): {@code left} and {@code right} in the
	 * running header, "page n of m" at the bottom, and page numbers in the table of contents.
	 */
	public static String pdfPageCss(ReportText text, String left, String right) {
		return PdfReport.pageCss(text, left, right);
	}

	private String page(RecallReport report, ReportLanguage language, boolean forPdf) {
		var text = text(language);
		var context = new Context(language.locale(),
				Map.of("r", report, "t", text, "diagrams", ResponsibilityDiagram.svgPerPhase(report, text), "pdf", forPdf,
						"pdfCss", forPdf ? PdfReport.css(text, report.project().name()) : "", "generatedAt",
						generatedAt(report)));
		return this.templates.process("recall-report.html", context);
	}

	private String generatedAt(RecallReport report) {
		return report.provenance()
			.generatedAt()
			.atZone(this.properties.zone())
			.truncatedTo(ChronoUnit.SECONDS)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

}
