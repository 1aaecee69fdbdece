package org.integritygraph.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

/**
 * The PDF of a report, rendered from its HTML by openhtmltopdf (PDFBox): A4 pages numbered "page n of
 * m", a running header, a table of contents with page numbers and the same entries as PDF bookmarks, the
 * diagram as vector graphics, and the CJK font embedded so that Chinese is real, selectable text.
 */
@Component
class PdfReport {

	/** The family name the stylesheet asks for first; the embedded CJK font answers to it. */
	static final String FONT_FAMILY = "ReportCJK";

	private final CjkFont font;

	static {
		// openhtmltopdf logs every rendering step at INFO to standard error; keep its warnings only.
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	PdfReport(CjkFont font) {
		this.font = font;
	}

	/** Fails early, before any rendering, when there is no CJK font. */
	void checkFont() {
		this.font.path();
	}

	/** Page furniture for the PDF: header, page numbers, TOC page numbers. */
	static String css(ReportText t, String projectName) {
		return pageCss(t, t.msg("report.title"), projectName) + """
				section#phases { page-break-before: always; }
				""";
	}

	/** A running header ({@code left}, {@code right}), "page n of m" at the bottom, TOC page numbers. */
	static String pageCss(ReportText t, String left, String right) {
		var page = t.msg("report.page", "\u0000", "\u0001");
		var pageContent = cssString(page).replace("\u0000", "\" counter(page) \"").replace("\u0001", "\" counter(pages) \"");
		return """
				@page {
				  @top-left { content: %s; font-family: ReportCJK; font-size: 8pt; color: #777; }
				  @top-right { content: %s; font-family: ReportCJK; font-size: 8pt; color: #777; }
				  @bottom-center { content: %s; font-family: ReportCJK; font-size: 8.5pt; color: #555; }
				}
				body { max-width: none; padding: 0; }
				nav.toc { page-break-after: always; }
				nav.toc li { margin: 1mm 0; }
				nav.toc a::after { content: leader('.') target-counter(attr(href), page); }
				a { color: inherit; text-decoration: none; }
				""".formatted(cssString(left), cssString(right), pageContent);
	}

	byte[] render(String html, String title) {
		Document page = Jsoup.parse(html);
		addBookmarks(page);
		var out = new ByteArrayOutputStream();
		try (var document = new PDDocument(); var loaded = this.font.load(document)) {
			var builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			var supplier = new PDFontSupplier(loaded.font());
			builder.useFont(supplier, FONT_FAMILY, 400, FontStyle.NORMAL, false);
			builder.useFont(supplier, FONT_FAMILY, 700, FontStyle.NORMAL, false);
			// The diagram's text is drawn by Batik, which reads the font file itself.
			builder.useFont(this::fontStream, FONT_FAMILY, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG));
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
			builder.withProducer("Integrity Graph");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the PDF of " + title, ex);
		}
		return out.toByteArray();
	}

	private InputStream fontStream() {
		try {
			return Files.newInputStream(this.font.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** PDF bookmarks (the outline) mirroring the table of contents. */
	private static void addBookmarks(Document page) {
		var toc = page.selectFirst("nav.toc > ul");
		if (toc == null) {
			return;
		}
		var bookmarks = page.head().appendElement("bookmarks");
		addBookmarks(toc, bookmarks);
	}

	private static void addBookmarks(Element list, Element parent) {
		for (var item : list.children()) {
			var link = item.selectFirst("> a");
			if (link == null) {
				continue;
			}
			var bookmark = parent.appendElement("bookmark").attr("name", link.text()).attr("href", link.attr("href"));
			var sublist = item.selectFirst("> ul");
			if (sublist != null) {
				addBookmarks(sublist, bookmark);
			}
		}
	}

	static String cssString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

}
