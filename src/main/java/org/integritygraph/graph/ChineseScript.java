package org.integritygraph.graph;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional and simplified Chinese (繁体/简体) folded into one form, simplified, with ICU's
 * {@code Traditional-Simplified} transliterator: what the search index stores beside a document's
 * text and what a search query is turned into, so that either script finds either.
 */
public final class ChineseScript {

	// Transliterators keep no state between calls: one instance serves every thread.
	private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

	private ChineseScript() {
	}

	/** The text in simplified characters (others, and text that is already simplified, unchanged). */
	public static String simplified(String text) {
		return (text == null || text.isEmpty()) ? text : TO_SIMPLIFIED.transliterate(text);
	}

	/**
	 * The copy of a node's texts the search index reads ({@code searchText}): the texts, joined by line
	 * breaks, in simplified characters; null when that is what they already are (or there is no text).
	 */
	public static String searchCopy(java.util.List<String> texts) {
		var text = String.join("\n", texts.stream().filter(t -> t != null && !t.isEmpty()).toList());
		var simplified = simplified(text);
		return (text.isEmpty() || simplified.equals(text)) ? null : simplified;
	}

	/**
	 * The text folded character by character, keeping its length (in UTF-16 units): a character
	 * whose simplified form is longer stays as it is. The parser matches on this fold and cuts
	 * the text as written at the same positions.
	 */
	public static String simplifiedSameLength(String text) {
		var whole = simplified(text);
		if (whole.length() == text.length()) {
			return whole;
		}
		var folded = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			var original = Character.toString(codePoint);
			var simple = simplified(original);
			folded.append(simple.length() == original.length() ? simple : original);
		});
		return folded.toString();
	}

}
