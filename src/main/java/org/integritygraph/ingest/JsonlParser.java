package org.integritygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Property;
import org.integritygraph.model.Relationship;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates the lines of a JSON Lines import file (docs/import-format.md) one by one, without touching
 * the graph, with the model's declaration ({@link Property#convert}): whatever can be checked from a line
 * alone is checked here; whether relationship end nodes exist and have the right labels is checked when
 * writing. It keeps no state but whether a line with content was seen yet, so a file of any size is read
 * in constant memory.
 */
final class JsonlParser {

	static final String FORMAT = "integrity-graph/1";

	private static final Set<String> RESERVED_KEYS = Set.of("node", "rel", "id", "start", "end", "meta");

	private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at .*\\)$", Pattern.DOTALL);

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		// readObject reports a second value on a line in the words of the import format.
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Consumer<ImportError> errors;

	private boolean beforeFirstContent;

	private ImportLine parsed;

	private boolean failed;

	/**
	 * @param errors receives the reason of each bad line
	 * @param atStart whether the first line given is the first of the file (the only one that may be a
	 * meta line)
	 */
	JsonlParser(Consumer<ImportError> errors, boolean atStart) {
		this.errors = errors;
		this.beforeFirstContent = atStart;
	}

	/**
	 * Validates one line.
	 * @param line its 1-based number
	 * @param text the line without its terminator
	 * @return the valid node or relationship line; null for a blank line, the meta line or a bad line
	 * (whose errors went to the consumer)
	 */
	ImportLine parse(int line, String text) {
		this.parsed = null;
		this.failed = false;
		parseLine(line, line == 1 ? withoutByteOrderMark(text) : text);
		return this.failed ? null : this.parsed;
	}

	/** Reports a line that could not be decoded. */
	void notUtf8(int line) {
		error(line, "not valid UTF-8");
	}

	private void parseLine(int line, String text) {
		if (text.isBlank()) {
			return;
		}
		var first = this.beforeFirstContent;
		this.beforeFirstContent = false;
		readObject(line, text).ifPresent(json -> {
			if (json.has("meta")) {
				meta(line, json, first);
			}
			else if (json.has("node") && json.has("rel")) {
				error(line, "a line is a node or a relationship, not both (\"node\" and \"rel\" given)");
			}
			else if (json.has("node")) {
				node(line, json);
			}
			else if (json.has("rel")) {
				relationship(line, json);
			}
			else {
				error(line, "expected \"node\", \"rel\" or \"meta\"");
			}
		});
	}

	private Optional<JsonNode> readObject(int line, String text) {
		try (var parser = JSON.createParser(text)) {
			JsonNode json = JSON.readTree(parser);
			if (parser.nextToken() != null) {
				error(line, "malformed JSON at column %d: more than one JSON value on the line"
					.formatted(parser.currentTokenLocation().getColumnNr()));
			}
			else if (!json.isObject()) {
				error(line, "expected a JSON object, not " + json.getNodeType().name().toLowerCase(Locale.ROOT));
			}
			else {
				return Optional.of(json);
			}
		}
		catch (JacksonException ex) {
			error(line, malformed(ex));
		}
		return Optional.empty();
	}

	private void meta(int line, JsonNode json, boolean first) {
		if (!first) {
			error(line, "\"meta\" is only allowed on the first line");
		}
		json.propertyNames()
			.stream()
			.filter(key -> !key.equals("meta"))
			.forEach(key -> error(line, "reserved key \"meta\" cannot be combined with \"" + key + "\""));
		var meta = json.get("meta");
		if (!meta.isObject()) {
			error(line, "\"meta\" must be a JSON object");
		}
		else if (meta.has("format") && !FORMAT.equals(meta.get("format").asString())) {
			error(line, "unsupported format %s (expected \"%s\")".formatted(meta.get("format"), FORMAT));
		}
	}

	private void node(int line, JsonNode json) {
		var labelName = json.get("node");
		var label = labelName.isString() ? GraphModel.label(labelName.stringValue()) : Optional.<Label>empty();
		if (label.isEmpty()) {
			error(line, "unknown label " + labelName);
			return;
		}
		reservedKeysOfOtherLines(line, json, "a node line", "rel", "start", "end");
		var id = identifier(line, json, "id");
		var properties = properties(line, json, label.get().name(), label.get()::property,
				label.get().properties());
		if (!this.failed) {
			this.parsed = new NodeLine(line, label.get(), id, properties);
		}
	}

	private void relationship(int line, JsonNode json) {
		var typeName = json.get("rel");
		var type = typeName.isString() ? GraphModel.relationship(typeName.stringValue())
				: Optional.<Relationship>empty();
		if (type.isEmpty()) {
			error(line, "unknown relationship type " + typeName);
			return;
		}
		reservedKeysOfOtherLines(line, json, "a relationship line", "node", "id");
		var start = identifier(line, json, "start");
		var end = identifier(line, json, "end");
		var properties = properties(line, json, type.get().type(), type.get()::property, type.get().properties());
		if (!this.failed) {
			this.parsed = new RelationshipLine(line, type.get(), start, end, properties);
		}
	}

	private void reservedKeysOfOtherLines(int line, JsonNode json, String lineKind, String... keys) {
		for (var key : keys) {
			if (json.has(key)) {
				error(line, "reserved key \"%s\" is not allowed on %s".formatted(key, lineKind));
			}
		}
	}

	private String identifier(int line, JsonNode json, String key) {
		var value = json.get(key);
		if (value == null || value.isNull()) {
			error(line, "missing required key \"" + key + "\"");
			return null;
		}
		if (!value.isString() || value.stringValue().isBlank()) {
			error(line, "\"%s\" must be a non-empty string, not %s".formatted(key, value));
			return null;
		}
		return value.stringValue();
	}

	private Map<String, Object> properties(int line, JsonNode json, String owner,
			Function<String, Optional<Property>> model, List<Property> specs) {
		var values = new LinkedHashMap<String, Object>();
		for (var entry : json.properties()) {
			if (!RESERVED_KEYS.contains(entry.getKey())) {
				model.apply(entry.getKey())
					.ifPresentOrElse(property -> property(line, owner, property, entry.getValue(), values),
							() -> error(line, "unknown property \"%s\" for %s".formatted(entry.getKey(), owner)));
			}
		}
		specs.stream()
			.filter(property -> property.required() && !json.has(property.name()))
			.forEach(property -> error(line, "missing required property " + owner + "." + property.name()));
		return values;
	}

	private void property(int line, String owner, Property property, JsonNode json, Map<String, Object> values) {
		var conversion = property.convert(owner, plain(json));
		if (conversion.isValid()) {
			values.put(property.name(), conversion.value());
		}
		else {
			error(line, conversion.problem());
		}
	}

	/**
	 * The plain Java value of a JSON value, as the model's validation takes it: a string, a number, a boolean,
	 * null or a list of such values.
	 */
	private static Object plain(JsonNode json) {
		if (json.isNull()) {
			return null;
		}
		if (json.isString()) {
			return json.stringValue();
		}
		if (json.isNumber()) {
			return json.numberValue();
		}
		if (json.isBoolean()) {
			return json.booleanValue();
		}
		if (json.isArray()) {
			var list = new ArrayList<Object>();
			json.values().forEach(element -> list.add(plain(element)));
			return list;
		}
		return json; // an object: no property type takes one, and its message shows it as JSON
	}

	private static String malformed(JacksonException ex) {
		var column = ex.getLocation() != null && ex.getLocation().getColumnNr() > 0
				? " at column " + ex.getLocation().getColumnNr() : "";
		// The message may end with where an object started, which on one line says nothing new.
		var message = START_MARKER.matcher(ex.getOriginalMessage()).replaceFirst("");
		return "malformed JSON" + column + ": " + message;
	}

	private void error(int line, String reason) {
		this.failed = true;
		this.errors.accept(new ImportError(line, reason));
	}

	private static String withoutByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
