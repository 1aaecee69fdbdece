package org.integritygraph.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integritygraph.model.ValueType.Conversion;

import static java.util.Collections.unmodifiableMap;

/**
 * One property of a node label or relationship type, as the model declares it.
 *
 * @param name the property name, as in the graph, the import format and the API
 * @param type how its value is written and stored
 * @param required whether every node or relationship must have a non-null value
 * @param allowedValues the closed list of values of an {@link ValueType#ENUM}, empty otherwise
 * @param disclosure who may see it
 * @param searchable whether the full-text index covers it
 * @param apiHidden kept for the service's own use (a search copy, the units as a document wrote them): not a
 *        field of the API, which shows it through another field if at all
 */
public record Property(String name, ValueType type, boolean required, List<String> allowedValues,
		Disclosure disclosure, boolean searchable, boolean apiHidden) {

	public static Property required(String name, ValueType type) {
		return new Property(name, type, true, List.of(), Disclosure.PUBLIC, false, false);
	}

	public static Property optional(String name, ValueType type) {
		return new Property(name, type, false, List.of(), Disclosure.PUBLIC, false, false);
	}

	public static Property required(String name, Class<? extends Enum<?>> values) {
		return new Property(name, ValueType.ENUM, true, namesOf(values), Disclosure.PUBLIC, false, false);
	}

	public static Property optional(String name, Class<? extends Enum<?>> values) {
		return new Property(name, ValueType.ENUM, false, namesOf(values), Disclosure.PUBLIC, false, false);
	}

	public static Property optionalOneOf(String name, String... values) {
		return new Property(name, ValueType.ENUM, false, List.of(values), Disclosure.PUBLIC, false, false);
	}

	/** The same property, covered by the full-text index. */
	public Property fullText() {
		return new Property(this.name, this.type, this.required, this.allowedValues, this.disclosure, true,
				this.apiHidden);
	}

	/** The same property, for the service's own use and not a field of the API. */
	public Property internal() {
		return new Property(this.name, this.type, this.required, this.allowedValues, this.disclosure,
				this.searchable, true);
	}

	/** Whether it is kept for the service's own use only (not a field of the API). */
	public boolean isInternal() {
		return this.apiHidden;
	}

	/** The same property, personal data (never public). */
	public Property personal() {
		return withDisclosure(Disclosure.PERSONAL);
	}

	/** The same property, an internal detail (never public). */
	public Property restricted() {
		return withDisclosure(Disclosure.RESTRICTED);
	}

	private Property withDisclosure(Disclosure disclosure) {
		return new Property(this.name, this.type, this.required, this.allowedValues, disclosure, this.searchable,
				this.apiHidden);
	}

	/**
	 * The value to store for a plain Java value given for this property (as JSON or GraphQL give it), or
	 * why it cannot be stored. A null value is valid for an optional property only; it removes the property.
	 *
	 * @param owner the label or relationship type, for the message
	 */
	public Conversion convert(String owner, Object value) {
		var qualified = owner + "." + this.name;
		if (value == null) {
			return this.required ? new Conversion(null, "required property %s cannot be null".formatted(qualified))
					: new Conversion(null, null);
		}
		return this.type.convert(qualified, value, this.required, this.allowedValues);
	}

	/** The properties by name, in the order of the declaration. */
	static Map<String, Property> byName(Property... properties) {
		var byName = new LinkedHashMap<String, Property>();
		Arrays.stream(properties).forEach(property -> {
			if (byName.put(property.name(), property) != null) {
				throw new IllegalStateException("Property " + property.name() + " declared twice");
			}
		});
		return unmodifiableMap(byName);
	}

	private static List<String> namesOf(Class<? extends Enum<?>> values) {
		return Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
	}

}
