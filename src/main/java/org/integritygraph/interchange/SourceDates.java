package org.integritygraph.interchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Dates as the source formats write them, turned into the model's {@code yyyy-MM-dd}. */
public final class SourceDates {

	private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");

	private SourceDates() {
	}

	/**
	 * The calendar date of an ISO date or date-time, as written (the publisher's local date, not converted
	 * to another zone): {@code 2015-09-30T12:09:30-06:00} is {@code 2015-09-30}. Anything else is returned
	 * as it is, for the importer to reject with its reason; null stays null.
	 */
	public static String date(String value) {
		if (value == null) {
			return null;
		}
		var matcher = DATE_PREFIX.matcher(value);
		return matcher.matches() ? matcher.group(1) : value;
	}

	/** The date as a {@link LocalDate}, or null when it is not one. */
	public static LocalDate parse(String value) {
		var date = date(value);
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** An instant for ordering releases: date-times with their offset, plain dates at midnight UTC. */
	public static long sortKey(String value) {
		if (value == null) {
			return Long.MIN_VALUE;
		}
		try {
			return OffsetDateTime.parse(value).toInstant().toEpochMilli();
		}
		catch (DateTimeParseException ex) {
			var date = parse(value);
			return (date != null) ? date.toEpochDay() * 86_400_000L : Long.MIN_VALUE;
		}
	}

}
