package org.integritygraph.interchange.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Property;
import org.integritygraph.model.Relationship;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A mapping file (YAML) that says what the columns of a spreadsheet are: the nodes each row makes (label,
 * how the stable id is made from cells, properties from columns) or finds in the graph ({@code match}),
 * and the relationships between them. docs/interchange-csv.md describes the format; it is checked against
 * the model when it is read, so a wrong label, property or relationship is reported before any row is read.
 */
record CsvMapping(Charset encoding, char delimiter, Map<String, NodeMapping> nodes,
		List<RelationshipMapping> relationships) {

	/** {@code {column}} in a template is a cell, {@code {@node}} the id of another node of the row. */
	static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

	/**
	 * What one cell-derived value is: a column, a template, or a constant; optionally translated through a
	 * table of values and scaled (万元 → 元).
	 */
	record ValueSpec(String column, String template, String constant, Map<String, String> values, Double scale) {

		/** The columns it reads. */
		Set<String> columns() {
			var columns = new LinkedHashSet<String>();
			if (this.column != null) {
				columns.add(this.column);
			}
			if (this.template != null) {
				var matcher = PLACEHOLDER.matcher(this.template);
				while (matcher.find()) {
					if (!matcher.group(1).startsWith("@")) {
						columns.add(matcher.group(1));
					}
				}
			}
			return columns;
		}

	}

	/**
	 * How a node's id is made: a template, or a prefix and a hash of values (for rows without a natural key,
	 * or whose key is personal data that must not appear in an id).
	 */
	record IdSpec(String template, String prefix, List<String> hash) {
	}

	/**
	 * A node each row makes, or finds in the graph by a property ({@code match}).
	 *
	 * @param optional whether rows whose id (or match) cells are empty simply have no such node
	 */
	record NodeMapping(String name, Label label, IdSpec id, Property matchProperty, ValueSpec match,
			Map<String, ValueSpec> properties, boolean optional) {

		boolean matched() {
			return this.match != null;
		}

	}

	record RelationshipMapping(Relationship type, String start, String end, Map<String, ValueSpec> properties) {
	}

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	/** Reads and checks a mapping file. */
	static CsvMapping read(Path file) {
		JsonNode yaml;
		try {
			yaml = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException | JacksonException ex) {
			throw new MappingException("cannot read the mapping " + file + ": " + ex.getMessage());
		}
		return parse(yaml);
	}

	static CsvMapping parse(JsonNode yaml) {
		if (yaml == null || !yaml.isObject()) {
			throw new MappingException("the mapping must be a YAML object with \"nodes\" and \"relationships\"");
		}
		known(yaml, "mapping", "encoding", "delimiter", "nodes", "relationships", "description");
		var encoding = charset(yaml.path("encoding").asString("UTF-8"));
		var delimiterText = yaml.path("delimiter").asString(",");
		if (delimiterText.equals("\\t") || delimiterText.equals("tab")) {
			delimiterText = "\t";
		}
		if (delimiterText.length() != 1) {
			throw new MappingException("delimiter must be one character, not \"" + delimiterText + "\"");
		}
		if (!yaml.path("nodes").isObject() || yaml.path("nodes").isEmpty()) {
			throw new MappingException("the mapping needs \"nodes\": the nodes each row makes or finds");
		}
		var nodes = new LinkedHashMap<String, NodeMapping>();
		for (var entry : yaml.get("nodes").properties()) {
			nodes.put(entry.getKey(), node(entry.getKey(), entry.getValue()));
		}
		var relationships = new ArrayList<RelationshipMapping>();
		for (var json : yaml.path("relationships").values()) {
			relationships.add(relationship(json, nodes));
		}
		nodes.values().forEach(node -> checkReferences(node, nodes));
		return new CsvMapping(encoding, delimiterText.charAt(0), nodes, relationships);
	}

	private static NodeMapping node(String name, JsonNode json) {
		var where = "node \"" + name + "\"";
		known(json, where, "label", "id", "match", "properties", "optional");
		var labelName = json.path("label").asString(null);
		var label = GraphModel.label(labelName)
			.orElseThrow(() -> new MappingException("%s: unknown label \"%s\" (labels: %s)".formatted(where, labelName,
					GraphModel.labels())));
		var properties = properties(json.path("properties"), where, label::property, label.name());
		var optional = json.path("optional").asBoolean(false);
		if (json.has("match")) {
			var match = json.get("match");
			if (!match.isObject() || match.size() != 1) {
				throw new MappingException(where + ": match names one property and its column, e.g. {name: 单位}");
			}
			var entry = match.properties().iterator().next();
			var property = label.property(entry.getKey())
				.orElseThrow(() -> new MappingException("%s: %s has no property \"%s\"".formatted(where, label,
						entry.getKey())));
			if (!properties.isEmpty() || json.has("id")) {
				throw new MappingException(where + ": a matched node is found in the graph; it has no id or properties");
			}
			return new NodeMapping(name, label, null, property, value(entry.getValue(), where + " match"), Map.of(),
					optional);
		}
		if (!json.has("id")) {
			throw new MappingException(where + ": needs \"id\" (how its stable id is made) or \"match\"");
		}
		var required = label.properties().stream().filter(Property::required).map(Property::name)
			.filter(p -> !properties.containsKey(p)).toList();
		if (!required.isEmpty()) {
			throw new MappingException("%s: %s needs %s".formatted(where, label, String.join(", ", required)));
		}
		return new NodeMapping(name, label, id(json.get("id"), where), null, null, properties, optional);
	}

	private static IdSpec id(JsonNode json, String where) {
		if (json.isString()) {
			return new IdSpec(json.asString(), null, null);
		}
		known(json, where + " id", "prefix", "hash");
		var hash = new ArrayList<String>();
		json.path("hash").values().forEach(value -> hash.add(value.asString()));
		if (hash.isEmpty()) {
			throw new MappingException(where + ": id is a template (\"pj-{项目编号}\") or {prefix, hash: [columns]}");
		}
		return new IdSpec(null, json.path("prefix").asString(""), hash);
	}

	private static RelationshipMapping relationship(JsonNode json, Map<String, NodeMapping> nodes) {
		var typeName = json.path("type").asString(null);
		var where = "relationship " + typeName;
		known(json, where, "type", "start", "end", "properties");
		var type = GraphModel.relationship(typeName)
			.orElseThrow(() -> new MappingException("unknown relationship type \"%s\"".formatted(typeName)));
		var start = nodes.get(json.path("start").asString(""));
		var end = nodes.get(json.path("end").asString(""));
		if (start == null || end == null) {
			throw new MappingException("%s: start and end must name nodes of the mapping (%s)".formatted(where,
					String.join(", ", nodes.keySet())));
		}
		if (!type.allows(start.label(), end.label())) {
			throw new MappingException("%s cannot connect %s to %s".formatted(type, start.label(), end.label()));
		}
		var properties = properties(json.path("properties"), where, type::property, type.type());
		type.properties().stream().filter(p -> p.required() && !properties.containsKey(p.name())).findFirst()
			.ifPresent(p -> {
				throw new MappingException("%s needs %s".formatted(where, p.name()));
			});
		return new RelationshipMapping(type, start.name(), end.name(), properties);
	}

	private static Map<String, ValueSpec> properties(JsonNode json, String where,
			java.util.function.Function<String, java.util.Optional<Property>> declared, String owner) {
		var properties = new LinkedHashMap<String, ValueSpec>();
		if (json.isMissingNode()) {
			return properties;
		}
		for (var entry : json.properties()) {
			if (declared.apply(entry.getKey()).isEmpty()) {
				throw new MappingException("%s: %s has no property \"%s\"".formatted(where, owner, entry.getKey()));
			}
			properties.put(entry.getKey(), value(entry.getValue(), where + " " + entry.getKey()));
		}
		return properties;
	}

	private static ValueSpec value(JsonNode json, String where) {
		if (json.isString()) {
			return new ValueSpec(json.asString(), null, null, Map.of(), null);
		}
		if (!json.isObject()) {
			throw new MappingException(where + ": a column name or {column|template|value, values, scale}");
		}
		known(json, where, "column", "template", "value", "values", "scale");
		var values = new LinkedHashMap<String, String>();
		json.path("values").properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
		var spec = new ValueSpec(json.path("column").asString(null), json.path("template").asString(null),
				json.has("value") ? json.get("value").asString() : null, values,
				json.has("scale") ? json.get("scale").asDouble() : null);
		var given = (spec.column() != null ? 1 : 0) + (spec.template() != null ? 1 : 0)
				+ (spec.constant() != null ? 1 : 0);
		if (given != 1) {
			throw new MappingException(where + ": give exactly one of column, template or value");
		}
		return spec;
	}

	private static void checkReferences(NodeMapping node, Map<String, NodeMapping> nodes) {
		var templates = new ArrayList<String>();
		if (node.id() != null && node.id().template() != null) {
			templates.add(node.id().template());
		}
		if (node.id() != null && node.id().hash() != null) {
			node.id().hash().stream().map(value -> "{" + value + "}").forEach(templates::add);
		}
		node.properties().values().stream().map(ValueSpec::template).filter(t -> t != null).forEach(templates::add);
		for (var template : templates) {
			var matcher = PLACEHOLDER.matcher(template);
			while (matcher.find()) {
				var reference = matcher.group(1);
				if (reference.startsWith("@") && !nodes.containsKey(reference.substring(1))) {
					throw new MappingException("node \"%s\": {%s} names no node of the mapping".formatted(node.name(),
							reference));
				}
				if (reference.equals("@" + node.name())) {
					throw new MappingException("node \"%s\": its id cannot use itself".formatted(node.name()));
				}
			}
		}
	}

	/** Every column the mapping reads. */
	Set<String> columns() {
		var columns = new LinkedHashSet<String>();
		for (var node : this.nodes.values()) {
			if (node.id() != null) {
				if (node.id().template() != null) {
					columns.addAll(new ValueSpec(null, node.id().template(), null, Map.of(), null).columns());
				}
				else {
					node.id().hash().stream().filter(value -> !value.startsWith("@")).forEach(columns::add);
				}
			}
			if (node.match() != null) {
				columns.addAll(node.match().columns());
			}
			node.properties().values().forEach(spec -> columns.addAll(spec.columns()));
		}
		this.relationships.forEach(rel -> rel.properties().values().forEach(spec -> columns.addAll(spec.columns())));
		return columns;
	}

	private static Charset charset(String name) {
		try {
			return Charset.forName(name);
		}
		catch (IllegalArgumentException ex) {
			throw new MappingException("unknown encoding \"" + name + "\"");
		}
	}

	private static void known(JsonNode json, String where, String... keys) {
		var allowed = Set.of(keys);
		for (var name : json.propertyNames()) {
			if (!allowed.contains(name)) {
				throw new MappingException("%s: unknown key \"%s\" (allowed: %s)".formatted(where, name,
						String.join(", ", keys)));
			}
		}
	}

	/** A mapping file that cannot be used; nothing is read or written. */
	static final class MappingException extends IllegalArgumentException {

		MappingException(String message) {
			super(message);
		}

	}

}
