package org.integritygraph.interchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.interchange.Conversion;
import org.integritygraph.interchange.GraphLines;
import org.integritygraph.interchange.MappingReport;
import org.integritygraph.interchange.csv.CsvMapping.NodeMapping;
import org.integritygraph.interchange.csv.CsvMapping.ValueSpec;
import org.integritygraph.model.Label;
import org.integritygraph.model.Property;
import org.integritygraph.model.ValueType;

import org.springframework.stereotype.Component;

/**
 * Converts a CSV file with a header row into import lines with a mapping file ({@link CsvMapping},
 * docs/interchange-csv.md). Each row makes the mapping's nodes and relationships; nodes to {@code match}
 * are found in the graph by a property (e.g. a body by its name), all in one query. A row that cannot
 * make a node it needs (an empty id cell, an unknown or ambiguous match) rejects the file with its row
 * number; columns the mapping does not read are reported.
 */
@Component
public class CsvConverter {

	private final GraphReader reader;

	public CsvConverter(GraphReader reader) {
		this.reader = reader;
	}

	public Conversion convert(CsvMapping mapping, InputStream in, String dataset) {
		List<CSVRecord> rows;
		List<String> header;
		try {
			var parser = CSVFormat.DEFAULT.builder()
				.setDelimiter(mapping.delimiter())
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.setTrim(true)
				.get()
				.parse(new InputStreamReader(in, mapping.encoding()));
			header = parser.getHeaderNames().stream().map(CsvConverter::withoutByteOrderMark).toList();
			rows = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			return Conversion.rejected(dataset, "CSV", List.of("malformed CSV: " + ex.getMessage()));
		}
		var missing = mapping.columns().stream().filter(column -> !header.contains(column)).toList();
		if (!missing.isEmpty()) {
			return Conversion.rejected(dataset, "CSV", List.of("the mapping reads column(s) %s, which the file does not have (columns: %s)"
				.formatted(String.join(", ", missing), String.join(", ", header))));
		}
		return new Rows(mapping, header, rows).convert(dataset);
	}

	private static String withoutByteOrderMark(String name) {
		return name.startsWith("\uFEFF") ? name.substring(1) : name;
	}

	/** The conversion of one file's rows. */
	private final class Rows {

		private final CsvMapping mapping;

		private final List<String> header;

		private final List<CSVRecord> rows;

		private final GraphLines lines = new GraphLines();

		private final MappingReport report = new MappingReport("CSV");

		private final List<String> errors = new ArrayList<>();

		/** For each matched node: the graph's ids by the matched value. */
		private final Map<String, Map<String, List<String>>> matches = new HashMap<>();

		Rows(CsvMapping mapping, List<String> header, List<CSVRecord> rows) {
			this.mapping = mapping;
			this.header = header;
			this.rows = rows;
		}

		Conversion convert(String dataset) {
			if (this.rows.isEmpty()) {
				this.errors.add("the file has a header but no rows");
			}
			this.mapping.nodes().values().stream().filter(NodeMapping::matched).forEach(this::findMatches);
			for (var row : this.rows) {
				row(row);
			}
			unmappedColumns();
			return new Conversion(dataset, this.lines, this.report, this.errors);
		}

		private void findMatches(NodeMapping node) {
			var values = new HashSet<String>();
			for (var row : this.rows) {
				var value = text(node.match(), row, Map.of());
				if (value != null) {
					values.add(value);
				}
			}
			var found = new HashMap<String, List<String>>();
			if (!values.isEmpty()) {
				var cypher = "MATCH (n:%s) WHERE n.%s IN $values RETURN n.%s AS value, collect(n.id) AS ids"
					.formatted(node.label().name(), node.matchProperty().name(), node.matchProperty().name());
				CsvConverter.this.reader.list(cypher, Map.of("values", List.copyOf(values)), record -> found
					.put(record.get("value").asString(), record.get("ids").asList(v -> v.asString())));
			}
			this.matches.put(node.name(), found);
		}

		private void row(CSVRecord row) {
			var number = row.getRecordNumber() + 1;
			var where = "row " + number;
			if (!row.isConsistent()) {
				this.errors.add("%s: %d cells, but the header has %d columns".formatted(where, row.size(),
						this.header.size()));
				return;
			}
			var ids = new LinkedHashMap<String, String>();
			var absent = new HashSet<String>();
			for (var node : this.mapping.nodes().values()) {
				resolve(node, row, where, ids, absent);
			}
			for (var node : this.mapping.nodes().values()) {
				var id = ids.get(node.name());
				if (id == null || node.matched()) {
					continue;
				}
				var properties = new LinkedHashMap<String, Object>();
				node.properties().forEach((name, spec) -> properties.put(name,
						value(node.label().property(name).orElseThrow(), node.label().name(), spec, row, ids, where)));
				this.lines.node(node.label(), id, properties, where + " (" + node.name() + ")");
			}
			for (var rel : this.mapping.relationships()) {
				var start = ids.get(rel.start());
				var end = ids.get(rel.end());
				if (start == null || end == null) {
					continue;
				}
				var properties = new LinkedHashMap<String, Object>();
				rel.properties().forEach((name, spec) -> properties.put(name,
						value(rel.type().property(name).orElseThrow(), rel.type().type(), spec, row, ids, where)));
				this.lines.relationship(rel.type(), start, end, properties, where + " (" + rel.type() + ")");
			}
		}

		/** The node's id in this row (made or matched); null when the row has none. */
		private void resolve(NodeMapping node, CSVRecord row, String where, Map<String, String> ids,
				Set<String> absent) {
			if (ids.containsKey(node.name()) || absent.contains(node.name())) {
				return;
			}
			for (var other : references(node)) {
				resolve(this.mapping.nodes().get(other), row, where, ids, absent);
				if (absent.contains(other)) {
					// the missing node was reported (or is optional); this one cannot be made either
					absent.add(node.name());
					return;
				}
			}
			if (node.matched()) {
				var value = text(node.match(), row, ids);
				if (value == null) {
					missing(node, where, "the column " + String.join(", ", node.match().columns()) + " is empty",
							absent);
					return;
				}
				var found = this.matches.get(node.name()).getOrDefault(value, List.of());
				if (found.size() != 1) {
					this.errors.add("%s: %s %s with %s \"%s\"".formatted(where, found.isEmpty() ? "no" : found.size() + "",
							node.label(), node.matchProperty().name(), value) + (found.isEmpty() ? " in the graph" : ": "
									+ String.join(", ", found)));
					absent.add(node.name());
					return;
				}
				ids.put(node.name(), found.getFirst());
				return;
			}
			var id = id(node, row, ids);
			if (id == null) {
				missing(node, where, "a cell its id is made from is empty", absent);
				return;
			}
			ids.put(node.name(), id);
		}

		private void missing(NodeMapping node, String where, String why, Set<String> absent) {
			absent.add(node.name());
			if (!node.optional()) {
				this.errors.add("%s: no %s (%s): %s".formatted(where, node.name(), node.label(), why));
			}
		}

		private List<String> references(NodeMapping node) {
			var references = new ArrayList<String>();
			var templates = new ArrayList<String>();
			if (node.id() != null && node.id().template() != null) {
				templates.add(node.id().template());
			}
			if (node.id() != null && node.id().hash() != null) {
				node.id().hash().forEach(value -> templates.add("{" + value + "}"));
			}
			node.properties().values().stream().map(ValueSpec::template).filter(t -> t != null)
				.forEach(templates::add);
			for (var template : templates) {
				var matcher = CsvMapping.PLACEHOLDER.matcher(template);
				while (matcher.find()) {
					if (matcher.group(1).startsWith("@")) {
						references.add(matcher.group(1).substring(1));
					}
				}
			}
			return references;
		}

		private String id(NodeMapping node, CSVRecord row, Map<String, String> ids) {
			if (node.id().template() != null) {
				return fill(node.id().template(), row, ids);
			}
			var parts = new ArrayList<String>();
			for (var value : node.id().hash()) {
				var part = value.startsWith("@") ? ids.get(value.substring(1)) : cell(row, value);
				if (part == null) {
					return null;
				}
				parts.add(part);
			}
			return node.id().prefix() + hash(String.join("\u001f", parts));
		}

		/** The template with its placeholders filled; null when one of them is empty. */
		private String fill(String template, CSVRecord row, Map<String, String> ids) {
			var matcher = CsvMapping.PLACEHOLDER.matcher(template);
			var text = new StringBuilder();
			while (matcher.find()) {
				var name = matcher.group(1);
				var value = name.startsWith("@") ? ids.get(name.substring(1)) : cell(row, name);
				if (value == null) {
					return null;
				}
				matcher.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(value));
			}
			matcher.appendTail(text);
			return text.toString();
		}

		private String text(ValueSpec spec, CSVRecord row, Map<String, String> ids) {
			String text;
			if (spec.constant() != null) {
				text = spec.constant();
			}
			else if (spec.template() != null) {
				text = fill(spec.template(), row, ids);
			}
			else {
				text = cell(row, spec.column());
			}
			if (text != null && !spec.values().isEmpty()) {
				text = spec.values().getOrDefault(text, text);
			}
			return text;
		}

		/**
		 * The value of a property in this row, converted to the property's type; an unreadable cell is left
		 * as it is, for the model's validator to reject with its reason.
		 */
		private Object value(Property property, String owner, ValueSpec spec, CSVRecord row, Map<String, String> ids,
				String where) {
			var text = text(spec, row, ids);
			if (text == null) {
				return null;
			}
			return switch (property.type()) {
				case DATE -> {
					var date = CellValues.date(text);
					if (date != null && CellValues.monthOnly(text)) {
						this.report.note("%s.%s: a month without a day is read as the month's first day"
							.formatted(owner, property.name()));
					}
					yield (date != null) ? date : text;
				}
				case NUMBER -> {
					var number = CellValues.number(text);
					yield (number == null) ? text : (spec.scale() != null) ? number * spec.scale() : number;
				}
				case BOOLEAN -> {
					var bool = CellValues.bool(text);
					yield (bool != null) ? bool : text;
				}
				default -> (property.type() == ValueType.USCC) ? text.toUpperCase(java.util.Locale.ROOT) : text;
			};
		}

		private String cell(CSVRecord row, String column) {
			var value = row.isMapped(column) ? row.get(column) : null;
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		private void unmappedColumns() {
			var read = this.mapping.columns();
			var counts = new TreeMap<String, Integer>();
			for (var column : this.header) {
				if (read.contains(column)) {
					continue;
				}
				var filled = (int) this.rows.stream().filter(row -> cell(row, column) != null).count();
				if (filled > 0) {
					counts.put("column " + column, filled);
				}
			}
			counts.forEach(this.report::unmapped);
		}

	}

	/** The first 16 hex digits of SHA-256: stable, and no personal data shows in an id. */
	static String hash(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
