package org.integritygraph.document;

import org.integritygraph.graph.ChineseScript;
import java.time.LocalDate;
import java.util.List;

/**
 * A policy document (实施方案, 工作方案, 工作计划, 实施意见 …) as the parser read it: what it is, its
 * structure, and its tasks with the units it charges with them.
 *
 * @param docNo its 文号 (e.g. 卫政办发〔2018〕175号), or null
 * @param title its title (of the notice that issues it, when there is one)
 * @param issuerName the issuer as the document names it, or null
 * @param issuedOn the date it was issued, or null
 * @param text its whole text, as published less the web page around it
 * @param parts its parts (一、…) with their sections ((一)…)
 * @param tasks its tasks, in the document's order
 */
public record ParsedDocument(String docNo, String title, String issuerName, LocalDate issuedOn, String text,
		List<Part> parts, List<ParsedTask> tasks) {

	public ParsedDocument {
		parts = List.copyOf(parts);
		tasks = List.copyOf(tasks);
	}

	/**
	 * Whether the text is written in traditional characters: more than a few of its Chinese
	 * characters change when folded to simplified ones (a simplified text changes in a handful of
	 * places only, where the transliterator is unsure, as with 显著).
	 */
	public boolean traditional() {
		var folded = ChineseScript.simplifiedSameLength(this.text);
		long han = this.text.codePoints().filter(ParsedDocument::isHan).count();
		long changed = 0;
		for (int i = 0; i < this.text.length(); i++) {
			if (this.text.charAt(i) != folded.charAt(i)) {
				changed++;
			}
		}
		return han > 0 && changed * 20 > han;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/** A part (一、总体要求) and the headings of its sections. */
	public record Part(String heading, List<String> sections) {

		public Part {
			sections = List.copyOf(sections);
		}

	}

}
