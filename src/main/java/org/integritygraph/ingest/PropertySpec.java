package org.integritygraph.ingest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Collections.unmodifiableMap;

/**
 * One property of a node label or relationship type.
 *
 * @param name the property name, as in the graph and in the import format
 * @param type how its value is written and stored
 * @param required whether every line must give it a non-null value
 * @param allowedValues the closed list of values of an {@link ValueType#ENUM}, empty otherwise
 */
record PropertySpec(String name, ValueType type, boolean required, List<String> allowedValues) {

	static PropertySpec required(String name, ValueType type) {
		return new PropertySpec(name, type, true, List.of());
	}

	static PropertySpec optional(String name, ValueType type) {
		return new PropertySpec(name, type, false, List.of());
	}

	static PropertySpec required(String name, Class<? extends Enum<?>> values) {
		return new PropertySpec(name, ValueType.ENUM, true, namesOf(values));
	}

	static PropertySpec optional(String name, Class<? extends Enum<?>> values) {
		return new PropertySpec(name, ValueType.ENUM, false, namesOf(values));
	}

	static PropertySpec optionalOneOf(String name, String... values) {
		return new PropertySpec(name, ValueType.ENUM, false, List.of(values));
	}

	/** The properties by name, in the order of the model. */
	static Map<String, PropertySpec> byName(PropertySpec... properties) {
		var byName = new LinkedHashMap<String, PropertySpec>();
		Arrays.stream(properties).forEach(property -> byName.put(property.name(), property));
		return unmodifiableMap(byName);
	}

	private static List<String> namesOf(Class<? extends Enum<?>> values) {
		return Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
	}

}
