package org.integritygraph.record;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/**
 * A numbered task of a policy document ({@code :Task}).
 *
 * @param title its first sentence (issue #12)
 * @param part the part (一、…) it is in (issue #12)
 * @param section the section ((一)…) it is in (issue #12)
 * @param dueOn the deadline the text sets (issue #12)
 * @param doneOn when it was delivered; open until then (issue #12)
 */
public record Task(String id, String number, String text, String title, String part, String section, LocalDate dueOn,
		LocalDate doneOn) {

	public static Task of(MapAccessor n) {
		return new Task(str(n, "id"), str(n, "number"), str(n, "text"), str(n, "title"), str(n, "part"),
				str(n, "section"), date(n, "dueOn"), date(n, "doneOn"));
	}

}
