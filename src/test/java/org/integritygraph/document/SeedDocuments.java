package org.integritygraph.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/** The seed documents and small fixtures of {@code src/test/resources/document/}, and their expected values. */
final class SeedDocuments {

	static final String ZHONGWEI = "document/seed-000-zhongwei.txt";

	static final String JIEYANG = "document/seed-001-jieyang.md";

	private SeedDocuments() {
	}

	static String read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ParsedDocument parse(String resource) {
		return PolicyDocumentParser.parse(SourceFormat.of(resource, read(resource)).toText(read(resource)));
	}

	/** The rows of a TSV file without its comment lines, as cells. */
	static List<List<String>> rows(String resource) {
		return read(resource).lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> Arrays.asList(line.split("\t")))
			.toList();
	}

	/** One (task, role, unit, general) fact of an assignment. */
	record Fact(String task, String role, String unit, boolean general) {

		Pair pair() {
			return new Pair(this.task, this.unit);
		}

	}

	/** A (task, unit) pair, whatever the role. */
	record Pair(String task, String unit) {
	}

	static Set<Fact> expectedFacts(String resource) {
		var facts = new LinkedHashSet<Fact>();
		rows(resource).forEach(row -> facts
			.add(new Fact(row.get(0), row.get(1), row.get(2), row.size() > 3 && row.get(3).equals("general"))));
		return facts;
	}

	static Set<Fact> parsedFacts(ParsedDocument document) {
		var facts = new LinkedHashSet<Fact>();
		document.tasks()
			.forEach(task -> task.units()
				.forEach(unit -> facts
					.add(new Fact(task.number(), unit.role().name(), unit.asWritten(), unit.general()))));
		return facts;
	}

	/** Precision and recall of the found items against the expected ones. */
	record Score(int expected, int found, int correct) {

		static <T> Score of(Set<T> expected, Set<T> found) {
			var correct = new HashSet<>(found);
			correct.retainAll(expected);
			return new Score(expected.size(), found.size(), correct.size());
		}

		double precision() {
			return (this.found == 0) ? 1.0 : (double) this.correct / this.found;
		}

		double recall() {
			return (this.expected == 0) ? 1.0 : (double) this.correct / this.expected;
		}

		@Override
		public String toString() {
			return "precision %.1f%% (%d/%d), recall %.1f%% (%d/%d)".formatted(100 * precision(), this.correct,
					this.found, 100 * recall(), this.correct, this.expected);
		}

	}

}
