package org.integritygraph.document;

import org.integritygraph.model.entity.Body;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The review table of an import, for a terminal: task, role, unit as written, resolved body, how it
 * was resolved. Columns are aligned for Chinese text (a CJK character is two columns wide).
 */
final class ReviewTable {

	private static final List<String> HEADINGS = List.of("Task", "Role", "Unit as written", "Resolved body", "How");

	private ReviewTable() {
	}

	static String of(DocumentImport outcome) {
		var document = outcome.document();
		var text = new StringBuilder();
		text.append(document.docNo() != null ? document.docNo() + "  " : "").append(document.title()).append('\n');
		text.append("  document ").append(outcome.documentId());
		if (document.issuedOn() != null) {
			text.append(", issued ").append(document.issuedOn());
		}
		if (document.issuerName() != null) {
			text.append(" by ").append(document.issuerName());
			if (outcome.issuer() != null) {
				text.append(" (").append(outcome.issuer().id()).append(')');
			}
		}
		var government = outcome.jurisdiction().government();
		text.append("; jurisdiction ")
			.append(government != null ? government.name() + " (" + government.id() + ")"
					: outcome.jurisdiction().place().isEmpty() ? "unknown" : outcome.jurisdiction().place() + " (no government in the graph)")
			.append('\n');
		if (document.traditional()) {
			text.append("  written in traditional characters\n");
		}
		text.append("  %d tasks; %d units: %d exact, %d alias, %d abbreviation rule, %d provisional, %d general, %d unresolved, %d ambiguous\n"
			.formatted(document.tasks().size(), outcome.review().size(), outcome.count(Resolution.How.EXACT),
					outcome.count(Resolution.How.ALIAS), outcome.count(Resolution.How.ABBREVIATION),
					outcome.count(Resolution.How.PROVISIONAL), outcome.count(Resolution.How.GENERAL),
					outcome.count(Resolution.How.UNRESOLVED), outcome.count(Resolution.How.AMBIGUOUS)));
		var rows = new ArrayList<List<String>>();
		rows.add(HEADINGS);
		outcome.review().forEach(row -> rows.add(cells(row)));
		table(rows, text);
		return text.toString();
	}

	static List<String> cells(ReviewRow row) {
		var resolution = row.resolution();
		String body;
		if (resolution.resolved()) {
			body = resolution.body().name() + " (" + resolution.body().id() + ")";
		}
		else if (!resolution.candidates().isEmpty()) {
			body = "one of " + String.join(", ", resolution.candidates().stream().map(Body::id).toList());
		}
		else {
			body = "—";
		}
		return List.of(row.task(), row.role().name(), row.asWritten(), body, resolution.how().label);
	}

	private static void table(List<List<String>> rows, StringBuilder text) {
		int columns = HEADINGS.size();
		var widths = new int[columns];
		rows.forEach(row -> {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], width(row.get(i)));
			}
		});
		for (var row : rows) {
			var line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				line.append(row.get(i));
				if (i < columns - 1) {
					line.append(" ".repeat(widths[i] - width(row.get(i)) + 2));
				}
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
	}

	/** Columns a text takes in a terminal: East Asian wide and full-width characters take two. */
	static int width(String text) {
		return text.codePoints().map(c -> {
			int width = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
			return (width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH) ? 2 : 1;
		}).sum();
	}

}
