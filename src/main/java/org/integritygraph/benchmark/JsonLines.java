package org.integritygraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;

/** Writes import lines (docs/import-format.md) one key at a time, counting nodes and relationships. */
final class JsonLines {

	private final Writer out;

	private final StringBuilder line = new StringBuilder(256);

	private long nodes;

	private long relationships;

	JsonLines(Writer out) {
		this.out = out;
	}

	JsonLines node(String label, String id) {
		this.nodes++;
		this.line.setLength(0);
		this.line.append("{\"node\":\"").append(label).append("\",\"id\":");
		string(id);
		return this;
	}

	JsonLines rel(String type, String start, String end) {
		this.relationships++;
		this.line.setLength(0);
		this.line.append("{\"rel\":\"").append(type).append("\",\"start\":");
		string(start);
		this.line.append(",\"end\":");
		string(end);
		return this;
	}

	/** A string, date, number or boolean property; null values are left out. */
	JsonLines with(String key, Object value) {
		if (value == null) {
			return this;
		}
		this.line.append(",\"").append(key).append("\":");
		switch (value) {
			case String text -> string(text);
			case LocalDate date -> this.line.append('"').append(date).append('"');
			case Number number -> this.line.append(number);
			case Boolean bool -> this.line.append(bool);
			default -> throw new IllegalArgumentException("Unsupported value " + value);
		}
		return this;
	}

	void end() {
		this.line.append("}\n");
		try {
			this.out.append(this.line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void meta(String dataset) {
		this.line.setLength(0);
		this.line.append("{\"meta\":{\"format\":\"integrity-graph/1\",\"dataset\":");
		string(dataset);
		this.line.append(",\"fictional\":true}");
		end();
	}

	long nodes() {
		return this.nodes;
	}

	long relationships() {
		return this.relationships;
	}

	private void string(String text) {
		this.line.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> this.line.append("\\\"");
				case '\\' -> this.line.append("\\\\");
				default -> {
					if (c < 0x20) {
						this.line.append(String.format("\\u%04x", (int) c));
					}
					else {
						this.line.append(c);
					}
				}
			}
		}
		this.line.append('"');
	}

}
