package org.integritygraph.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A JSON value of a source file that remembers which of its fields a converter read, so that the fields
 * it did not read can be reported as not mapped ({@link #unmapped}). Paths name fields the way the
 * standards do: {@code contracts[].milestones[].dueDate}.
 */
public final class SourceJson {

	private final JsonNode node;

	private final String path;

	private final Usage usage;

	private SourceJson(JsonNode node, String path, Usage usage) {
		this.node = node;
		this.path = path;
		this.usage = usage;
	}

	/** The top of a source object, with a fresh record of what was read. */
	public static SourceJson root(JsonNode node) {
		return new SourceJson(node, "", new Usage());
	}

	/** The field {@code name}; a missing one is {@link #present() absent}. */
	public SourceJson get(String name) {
		var child = this.node.isObject() ? this.node.get(name) : null;
		return new SourceJson((child != null) ? child : MissingNode.getInstance(), join(this.path, name), this.usage);
	}

	/** Whether the value exists and is not null. */
	public boolean present() {
		return !this.node.isMissingNode() && !this.node.isNull();
	}

	/** The elements of the array field {@code name} (none when it is missing or not an array). */
	public List<SourceJson> array(String name) {
		var field = get(name);
		var elements = new ArrayList<SourceJson>();
		if (field.node.isArray()) {
			field.usage.touch(field.path);
			field.node.values().forEach(element -> elements.add(new SourceJson(element, field.path + "[]", this.usage)));
		}
		return elements;
	}

	/** The text of the field, marked as mapped; null when missing, empty or not a scalar. */
	public String text(String name) {
		return get(name).text();
	}

	/** This value as text, marked as mapped; null when missing, empty or not a scalar. */
	public String text() {
		if (!present() || this.node.isContainer()) {
			return null;
		}
		use();
		var text = this.node.asString().strip();
		return text.isEmpty() ? null : text;
	}

	/** The strings of an array field (e.g. {@code roles}), marked as mapped. */
	public List<String> texts(String name) {
		var values = new ArrayList<String>();
		array(name).forEach(element -> {
			var text = element.text();
			if (text != null) {
				values.add(text);
			}
		});
		return values;
	}

	/** The number of the field, marked as mapped; a numeric string counts; null otherwise. */
	public Double number(String name) {
		var field = get(name);
		if (field.node.isNumber()) {
			field.use();
			return field.node.asDouble();
		}
		var text = field.text();
		if (text != null) {
			try {
				return Double.valueOf(text);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/** Marks this value and everything under it as mapped. */
	public SourceJson use() {
		this.usage.use(this.path);
		return this;
	}

	/** The JSON value itself. */
	public JsonNode json() {
		return this.node;
	}

	public String path() {
		return this.path;
	}

	/**
	 * Counts the fields under this value that were never read, by path: a field none of whose parts was read
	 * is counted once as a whole, e.g. {@code planning.forecasts}.
	 */
	public void unmapped(Map<String, Integer> counts) {
		collect(this.node, this.path, counts);
	}

	private void collect(JsonNode value, String at, Map<String, Integer> counts) {
		if (this.usage.used(at)) {
			return;
		}
		if (!at.isEmpty() && !this.usage.touched(at)) {
			if (!value.isNull() && !(value.isContainer() && value.isEmpty())) {
				counts.merge(at, 1, Integer::sum);
			}
			return;
		}
		if (value.isObject()) {
			value.properties().forEach(entry -> collect(entry.getValue(), join(at, entry.getKey()), counts));
		}
		else if (value.isArray()) {
			value.values().forEach(element -> collect(element, at + "[]", counts));
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	/** The paths read: used ones (with everything under them) and touched ones (some part under them). */
	private static final class Usage {

		private final Set<String> used = new HashSet<>();

		private final Set<String> touched = new HashSet<>();

		void use(String path) {
			this.used.add(path);
			touch(path);
		}

		void touch(String path) {
			var at = path;
			while (!at.isEmpty() && this.touched.add(at)) {
				at = parent(at);
			}
		}

		boolean used(String path) {
			return this.used.contains(path);
		}

		boolean touched(String path) {
			return this.touched.contains(path);
		}

		private static String parent(String path) {
			if (path.endsWith("[]")) {
				return path.substring(0, path.length() - 2);
			}
			var dot = path.lastIndexOf('.');
			return (dot < 0) ? "" : path.substring(0, dot);
		}

	}

}
