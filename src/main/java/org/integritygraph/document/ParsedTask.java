package org.integritygraph.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a policy document, as the parser read it.
 *
 * @param number its number in the document: its own ({@code 10}) when that is unique in the
 *     document, else the path of part, section and item ({@code 3.2.4})
 * @param part the heading of the part (一、…) it is in, or null
 * @param section the heading of the section ((一)…) it is in, or null
 * @param title its first sentence, or null when that is long
 * @param text its whole text, assignments included
 * @param dueOn the latest deadline the text sets (到2020年, 2019年6月底前), or null
 * @param subItems its numbered sub-items ((1), ①), in order
 * @param units the units it is assigned to, in the document's order, each once per role
 */
public record ParsedTask(String number, String part, String section, String title, String text, LocalDate dueOn,
		List<String> subItems, List<UnitMention> units) {

	public ParsedTask {
		subItems = List.copyOf(subItems);
		units = List.copyOf(units);
	}

}
