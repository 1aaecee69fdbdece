package org.integritygraph.report;

import org.integritygraph.graph.UnavailableException;

/**
 * No usable CJK font for the PDF: without one, Chinese text would print as empty boxes, so the PDF is
 * refused instead (HTTP 503 from the download endpoint). The message says how to fix it.
 */
public class CjkFontMissingException extends UnavailableException {

	static final String INSTALL = "apt-get install -y fonts-wqy-microhei";

	CjkFontMissingException(String message) {
		super(message + " Install a CJK font (" + INSTALL + ") or set " + ReportProperties.CJK_FONT_PROPERTY
				+ " to a TrueType font file (.ttf or .ttc with TrueType outlines).");
	}

	CjkFontMissingException(String message, Throwable cause) {
		this(message);
		initCause(cause);
	}

}
