package org.integritygraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.integritygraph.model.Uscc;
import tools.jackson.databind.JsonNode;

/** Converts the JSON value of a property into the value the graph stores, or says what is wrong. */
final class PropertyValues {

	private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}|\\d{12}");

	private PropertyValues() {
	}

	/**
	 * The stored value of a non-null JSON value.
	 *
	 * @param owner the label or relationship type, for the message
	 */
	static Conversion convert(String owner, PropertySpec property, JsonNode json) {
		var name = owner + "." + property.name();
		return switch (property.type()) {
			case STRING -> string(name, property, json);
			case DATE -> date(name, json);
			case NUMBER -> json.isNumber() ? Conversion.of(json.doubleValue())
					: Conversion.invalid(name + " must be a JSON number, not " + json);
			case BOOLEAN -> json.isBoolean() ? Conversion.of(json.booleanValue())
					: Conversion.invalid(name + " must be true or false, not " + json);
			case ENUM -> json.isString() && property.allowedValues().contains(json.stringValue())
					? Conversion.of(json.stringValue()) : Conversion.invalid("bad enum value %s for %s (allowed: %s)"
						.formatted(json, name, String.join(", ", property.allowedValues())));
			case USCC -> json.isString() && Uscc.isValid(json.stringValue()) ? Conversion.of(json.stringValue())
					: Conversion.invalid("invalid uscc %s for %s (not a GB 32100-2015 unified social credit code)"
						.formatted(json, name));
			case DIVISION_CODE -> json.isString() && DIVISION_CODE.matcher(json.stringValue()).matches()
					? Conversion.of(json.stringValue())
					: Conversion.invalid("bad division code %s for %s (expected 6 or 12 digits)".formatted(json, name));
			case STRING_LIST -> stringList(name, json); // issue #12
		};
	}

	// issue #12: lists of strings (the units a policy task names)
	private static Conversion stringList(String name, JsonNode json) {
		var invalid = Conversion.invalid(name + " must be a JSON array of strings, not " + json);
		if (!json.isArray()) {
			return invalid;
		}
		var values = new java.util.ArrayList<String>();
		for (var element : json) {
			if (!element.isString()) {
				return invalid;
			}
			values.add(element.stringValue());
		}
		return Conversion.of(java.util.List.copyOf(values));
	}

	private static Conversion string(String name, PropertySpec property, JsonNode json) {
		if (!json.isString()) {
			return Conversion.invalid(name + " must be a JSON string, not " + json);
		}
		if (property.required() && json.stringValue().isBlank()) {
			return Conversion.invalid("required property " + name + " is blank");
		}
		return Conversion.of(json.stringValue());
	}

	private static Conversion date(String name, JsonNode json) {
		var invalid = Conversion.invalid("bad date %s for %s (expected yyyy-MM-dd)".formatted(json, name));
		if (!json.isString()) {
			return invalid;
		}
		try {
			return Conversion.of(LocalDate.parse(json.stringValue()));
		}
		catch (DateTimeParseException ex) {
			return invalid;
		}
	}

	/** A converted value, or the reason there is none. */
	record Conversion(Object value, String problem) {

		static Conversion of(Object value) {
			return new Conversion(value, null);
		}

		static Conversion invalid(String problem) {
			return new Conversion(null, problem);
		}

		boolean isValid() {
			return this.problem == null;
		}

	}

}
