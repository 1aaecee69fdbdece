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
 * @param enumType the name of the enumeration of an {@link ValueType#ENUM} (its Java enum and GraphQL enum),
 *        null otherwise
 * @param disclosure who may see it
 * @param searchable whether the full-text index covers it
 * @param apiHidden kept for the service's own use (a search copy, the units as a document wrote them): not a
 *        field of the API, which shows it through another field if at all
 * @param initialValue for a property that only the lifecycle operations change (a record's or a commitment's
 *        {@code status}, a project's {@code phase}): the value a new node starts with ({@code ""} for none);
 *        null for a property any edit may set
 */
public record Property(String name, ValueType type, boolean required, List<String> allowedValues, String enumType,
		Disclosure disclosure, boolean searchable, boolean apiHidden, String initialValue) {

	public static Property required(String name, ValueType type) {
		return new Property(name, type, true, List.of(), null, Disclosure.PUBLIC, false, false, null);
	}

	public static Property optional(String name, ValueType type) {
		return new Property(name, type, false, List.of(), null, Disclosure.PUBLIC, false, false, null);
	}

	public static Property required(String name, Class<? extends Enum<?>> values) {
		return new Property(name, ValueType.ENUM, true, namesOf(values), values.getSimpleName(), Disclosure.PUBLIC,
				false, false, null);
	}

	public static Property optional(String name, Class<? extends Enum<?>> values) {
		return new Property(name, ValueType.ENUM, false, namesOf(values), values.getSimpleName(), Disclosure.PUBLIC,
				false, false, null);
	}

	/** An optional enumeration without a Java enum: {@code enumType} names its GraphQL enum. */
	public static Property optionalOneOf(String name, String enumType, String... values) {
		return new Property(name, ValueType.ENUM, false, List.of(values), enumType, Disclosure.PUBLIC, false, false,
				null);
	}

	/** The same property, covered by the full-text index. */
	public Property fullText() {
		return new Property(this.name, this.type, this.required, this.allowedValues, this.enumType, this.disclosure,
				true, this.apiHidden, this.initialValue);
	}

	/** The same property, for the service's own use and not a field of the API. */
	public Property internal() {
		return new Property(this.name, this.type, this.required, this.allowedValues, this.enumType, this.disclosure,
				this.searchable, true, this.initialValue);
	}

	/** Whether it is kept for the service's own use only (not a field of the API). */
	public boolean isInternal() {
		return this.apiHidden;
	}

	/**
	 * The same property, changed by the lifecycle operations only (never by a plain create or update); a new
	 * node starts with {@code initialValue} (null: without the property).
	 */
	public Property managed(String initialValue) {
		return new Property(this.name, this.type, this.required, this.allowedValues, this.enumType, this.disclosure,
				this.searchable, this.apiHidden, (initialValue != null) ? initialValue : "");
	}

	/** Whether only the lifecycle operations change this property. */
	public boolean isManaged() {
		return this.initialValue != null;
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
		return new Property(this.name, this.type, this.required, this.allowedValues, this.enumType, disclosure,
				this.searchable, this.apiHidden, this.initialValue);
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
