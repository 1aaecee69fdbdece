package org.integritygraph.report;

/**
 * What the reports' drawings (SVG, inline in the HTML and drawn as vector graphics in the PDF) share: the font
 * list, the printable width, text escaping and fitting text into a width.
 */
public final class Svg {

	/** The drawn width of a full-width drawing: the printable width of an A4 page at 96 dpi. */
	public static final int PRINT_WIDTH = 680;

	/** The font families, the PDF's embedded CJK font first. */
	public static final String FONTS = "ReportCJK, 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', "
			+ "'PingFang SC', 'Microsoft YaHei', sans-serif";

	private Svg() {
	}

	/** Cuts a text to the width it may take (a CJK character is about one em wide, Latin about half). */
	public static String fit(String content, int maxWidth, int size) {
		if (width(content, size) <= maxWidth) {
			return content;
		}
		var fitted = new StringBuilder();
		double width = size; // room for the ellipsis
		for (char c : content.toCharArray()) {
			width += width(String.valueOf(c), size);
			if (width > maxWidth) {
				break;
			}
			fitted.append(c);
		}
		return fitted.append('…').toString();
	}

	/** The approximate drawn width of a text at a font size. */
	public static double width(String content, int size) {
		return content.chars().mapToDouble(c -> (c < 0x2E80) ? size * 0.56 : size).sum();
	}

	/** A text made safe for SVG (and HTML) text and attribute values. */
	public static String escape(String s) {
		var out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
