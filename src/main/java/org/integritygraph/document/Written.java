package org.integritygraph.document;

import org.integritygraph.graph.ChineseScript;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Text as the document writes it, with its fold to simplified characters of the same length: the
 * parser matches patterns on {@link #folded()} and cuts {@link #original()} at the same positions,
 * so a document in traditional characters is read by the same patterns and keeps its own words.
 */
record Written(String original, String folded) {

	static final Written EMPTY = new Written("", "");

	Written {
		if (original.length() != folded.length()) {
			throw new IllegalArgumentException("A fold must keep the length of the text");
		}
	}

	static Written of(String original) {
		return new Written(original, ChineseScript.simplifiedSameLength(original));
	}

	int length() {
		return this.original.length();
	}

	boolean isEmpty() {
		return this.original.isEmpty();
	}

	Written sub(int start, int end) {
		return new Written(this.original.substring(start, end), this.folded.substring(start, end));
	}

	Written sub(int start) {
		return sub(start, length());
	}

	Written plus(Written other) {
		return new Written(this.original + other.original, this.folded + other.folded);
	}

	Written plus(String separator) {
		return plus(new Written(separator, separator));
	}

	/** Without the white space (and the ideographic space) at both ends. */
	Written strip() {
		int start = 0;
		int end = length();
		while (start < end && isSpace(this.folded.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(this.folded.charAt(end - 1))) {
			end--;
		}
		return sub(start, end);
	}

	/** Without any white space: PDF-to-text output breaks lines, and so words, anywhere. */
	Written withoutSpaces() {
		return keep(c -> !isSpace((char) c));
	}

	boolean startsWith(String prefix) {
		return this.folded.startsWith(prefix);
	}

	boolean endsWith(String suffix) {
		return this.folded.endsWith(suffix);
	}

	static Written join(List<Written> parts, String separator) {
		var joined = EMPTY;
		for (int i = 0; i < parts.size(); i++) {
			joined = (i == 0) ? parts.get(i) : joined.plus(separator).plus(parts.get(i));
		}
		return joined;
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
	}

	private Written keep(IntPredicate keep) {
		var original = new StringBuilder();
		var folded = new StringBuilder();
		for (int i = 0; i < length(); i++) {
			if (keep.test(this.folded.charAt(i))) {
				original.append(this.original.charAt(i));
				folded.append(this.folded.charAt(i));
			}
		}
		return new Written(original.toString(), folded.toString());
	}

	@Override
	public String toString() {
		return this.original;
	}

}
