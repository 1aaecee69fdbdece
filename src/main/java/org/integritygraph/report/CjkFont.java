package org.integritygraph.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

/**
 * Finds and loads the CJK font the PDF embeds (subset) so that Chinese is real, selectable text:
 * {@code integrity.reports.cjk-font} when set, else the first Debian install location that exists.
 * Collections ({@code .ttc}) are opened with PDFBox's {@link TrueTypeCollection} and their first font
 * used; fonts with PostScript (CFF) outlines, such as Noto CJK, cannot be embedded this way and are refused.
 */
@Component
class CjkFont {

	private final ReportProperties properties;

	CjkFont(ReportProperties properties) {
		this.properties = properties;
	}

	/** The font file to use; a {@link CjkFontMissingException} when there is none. */
	Path path() {
		var configured = this.properties.cjkFont();
		if (configured != null) {
			if (!Files.isReadable(configured)) {
				throw new CjkFontMissingException(ReportProperties.CJK_FONT_PROPERTY + "=" + configured
						+ " does not exist or cannot be read.");
			}
			return configured;
		}
		return this.properties.cjkFontCandidates()
			.stream()
			.map(Path::of)
			.filter(Files::isReadable)
			.findFirst()
			.orElseThrow(() -> new CjkFontMissingException("No CJK font for PDF reports: "
					+ ReportProperties.CJK_FONT_PROPERTY + " is not set and none of "
					+ this.properties.cjkFontCandidates() + " exists."));
	}

	/** The font loaded into the document; close it after the document is saved (subsetting reads it then). */
	Loaded load(PDDocument document) {
		var path = path();
		try {
			if (path.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttc|otc)")) {
				var collection = new TrueTypeCollection(path.toFile());
				var first = new TrueTypeFont[1];
				collection.processAllFonts(font -> {
					if (first[0] == null) {
						first[0] = font;
					}
				});
				if (first[0] == null) {
					collection.close();
					throw new CjkFontMissingException(path + " holds no font.");
				}
				refusePostScriptOutlines(path, first[0], collection);
				return new Loaded(PDType0Font.load(document, first[0], true), collection);
			}
			return new Loaded(PDType0Font.load(document, path.toFile()), () -> {
			});
		}
		catch (IOException ex) {
			throw new CjkFontMissingException(path + " cannot be used as the report font: " + ex.getMessage() + ".", ex);
		}
	}

	private static void refusePostScriptOutlines(Path path, TrueTypeFont font, Closeable collection) throws IOException {
		if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
			collection.close();
			throw new CjkFontMissingException(path + " has PostScript (CFF) outlines, which the PDF cannot embed.");
		}
	}

	/** A font loaded into a PDF document, and what to close once the document is saved. */
	record Loaded(PDFont font, Closeable resources) implements Closeable {

		@Override
		public void close() throws IOException {
			this.resources.close();
		}

	}

}
