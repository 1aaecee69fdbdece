package org.integritygraph.interchange;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a conversion made of a source file: the nodes and relationships it mapped, the assumptions and
 * skipped items worth a reader's attention (notes), and the source fields it did not map, with how often
 * each occurred. Printed by every import command, so that nothing is dropped silently.
 */
public final class MappingReport {

	private final String format;

	private Map<String, Integer> nodes = Map.of();

	private Map<String, Integer> relationships = Map.of();

	private final Map<String, Integer> notes = new LinkedHashMap<>();

	private final Map<String, Integer> unmapped = new TreeMap<>();

	public MappingReport(String format) {
		this.format = format;
	}

	/** Records an assumption or a skipped item; the same note twice is counted. */
	public void note(String note) {
		this.notes.merge(note, 1, Integer::sum);
	}

	/** Records that a source field (a path such as {@code planning.forecasts}) was not mapped. */
	public void unmapped(String field, int occurrences) {
		this.unmapped.merge(field, occurrences, Integer::sum);
	}

	/** Takes the counts of what was mapped. */
	public void mapped(GraphLines lines) {
		this.nodes = lines.nodeCounts();
		this.relationships = lines.relationshipCounts();
	}

	public String format() {
		return this.format;
	}

	public Map<String, Integer> nodes() {
		return Map.copyOf(this.nodes);
	}

	public Map<String, Integer> relationships() {
		return Map.copyOf(this.relationships);
	}

	/** The notes, each with how often it was made. */
	public Map<String, Integer> notes() {
		return Map.copyOf(this.notes);
	}

	/** The source fields not mapped, with their occurrences, sorted by field. */
	public Map<String, Integer> unmappedFields() {
		return new TreeMap<>(this.unmapped);
	}

	/** The report as text, one section per part. */
	public void print(PrintStream out) {
		out.println("Mapping report (" + this.format + ")");
		out.println("  mapped nodes: " + counts(this.nodes));
		out.println("  mapped relationships: " + counts(this.relationships));
		if (!this.notes.isEmpty()) {
			out.println("  notes:");
			this.notes.forEach((note, times) -> out.println("    - " + note + ((times > 1) ? " (×" + times + ")" : "")));
		}
		if (this.unmapped.isEmpty()) {
			out.println("  not mapped: nothing");
		}
		else {
			out.println("  not mapped (field: occurrences):");
			this.unmapped.forEach((field, times) -> out.println("    " + field + ": " + times));
		}
	}

	private static String counts(Map<String, Integer> counts) {
		return counts.isEmpty() ? "none"
				: counts.entrySet()
					.stream()
					.map(entry -> entry.getKey() + " " + entry.getValue())
					.collect(Collectors.joining(", "));
	}

}
