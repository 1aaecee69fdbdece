package org.integritygraph.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a property's value is written (in the import format and in the API) and what the graph stores:
 * each type converts a plain Java value (a string, number, boolean, {@link LocalDate} or list, as JSON
 * and GraphQL give them) into the stored value, or says what is wrong with it.
 */
public enum ValueType {

	/** A string, stored as a string. */
	STRING,

	/** A {@code yyyy-MM-dd} string (or a {@link LocalDate}), stored as a {@code DATE}. */
	DATE,

	/** A number, stored as a float (money is a float in yuan). */
	NUMBER,

	/** true or false. */
	BOOLEAN,

	/** A string from a closed list of values, stored as that string. */
	ENUM,

	/** A checksum-valid unified social credit code (统一社会信用代码, GB 32100-2015). */
	USCC,

	/** A 行政区划代码: 6 or 12 digits. */
	DIVISION_CODE,

	/** A checksum-valid resident identity number (公民身份号码, GB 11643-1999). */
	RESIDENT_ID,

	/** A list of strings. */
	STRING_LIST;

	private static final Pattern DIVISION_CODE_FORMAT = Pattern.compile("\\d{6}|\\d{12}");

	/**
	 * The stored value of a non-null value of this type, or the reason it is not one.
	 *
	 * @param name the qualified property name for the message, e.g. {@code Body.uscc}
	 * @param allowedValues the values of an {@link #ENUM}
	 */
	Conversion convert(String name, Object value, boolean required, List<String> allowedValues) {
		return switch (this) {
			case STRING -> (value instanceof String s)
					? (required && s.isBlank() ? Conversion.invalid("required property " + name + " is blank")
							: Conversion.of(s))
					: Conversion.invalid(name + " must be a string, not " + show(value));
			case DATE -> date(name, value);
			case NUMBER -> (value instanceof Number n) ? Conversion.of(n.doubleValue())
					: Conversion.invalid(name + " must be a number, not " + show(value));
			case BOOLEAN -> (value instanceof Boolean b) ? Conversion.of(b)
					: Conversion.invalid(name + " must be true or false, not " + show(value));
			case ENUM -> (value instanceof String s && allowedValues.contains(s)) ? Conversion.of(s)
					: Conversion.invalid("bad enum value %s for %s (allowed: %s)".formatted(show(value), name,
							String.join(", ", allowedValues)));
			case USCC -> (value instanceof String s && Uscc.isValid(s)) ? Conversion.of(s)
					: Conversion.invalid("invalid uscc %s for %s (not a GB 32100-2015 unified social credit code)"
						.formatted(show(value), name));
			case DIVISION_CODE -> (value instanceof String s && DIVISION_CODE_FORMAT.matcher(s).matches())
					? Conversion.of(s)
					: Conversion.invalid("bad division code %s for %s (expected 6 or 12 digits)".formatted(show(value), name));
			case RESIDENT_ID -> (value instanceof String s && ResidentId.isValid(s)) ? Conversion.of(s)
					: Conversion.invalid("invalid resident identity number for %s (not a GB 11643-1999 number)"
						.formatted(name));
			case STRING_LIST -> stringList(name, value);
		};
	}

	private static Conversion date(String name, Object value) {
		if (value instanceof LocalDate date) {
			return Conversion.of(date);
		}
		if (value instanceof String s) {
			try {
				return Conversion.of(LocalDate.parse(s));
			}
			catch (DateTimeParseException ex) {
				// falls through
			}
		}
		return Conversion.invalid("bad date %s for %s (expected yyyy-MM-dd)".formatted(show(value), name));
	}

	private static Conversion stringList(String name, Object value) {
		if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
			return Conversion.of(List.copyOf(list));
		}
		return Conversion.invalid(name + " must be a list of strings, not " + show(value));
	}

	private static String show(Object value) {
		return (value instanceof String s) ? '"' + s + '"' : String.valueOf(value);
	}

	/** A converted value, or the reason there is none. */
	public record Conversion(Object value, String problem) {

		static Conversion of(Object value) {
			return new Conversion(value, null);
		}

		static Conversion invalid(String problem) {
			return new Conversion(null, problem);
		}

		public boolean isValid() {
			return this.problem == null;
		}

	}

}
