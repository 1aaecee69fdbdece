package org.integritygraph.document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The deadline a task's text sets: {@code 2019年6月30日前}, {@code 2019年6月底前}, {@code 2020年底前},
 * {@code 到2020年}. When the text sets several, the latest: the task is due when all of it is.
 */
final class DueDates {

	private static final String DIGITS = "[0-9０-９]";

	private static final Pattern DAY = Pattern.compile(
			"(" + DIGITS + "{4})\\s*年\\s*(" + DIGITS + "{1,2})\\s*月\\s*(" + DIGITS + "{1,2})\\s*日\\s*(?:前|之前|以前)");

	private static final Pattern MONTH = Pattern.compile(
			"(" + DIGITS + "{4})\\s*年\\s*(" + DIGITS + "{1,2})\\s*月\\s*(?:底|末)?\\s*(?:前|之前|以前)|(" + DIGITS
					+ "{4})\\s*年\\s*(" + DIGITS + "{1,2})\\s*月\\s*(?:底|末)");

	private static final Pattern YEAR = Pattern.compile(
			"(" + DIGITS + "{4})\\s*年\\s*(?:底|末|年底)\\s*(?:前|之前|以前)?|(?:到|至|在)\\s*(" + DIGITS + "{4})\\s*年(?![0-9０-９\\s]*月)");

	private DueDates() {
	}

	/** The latest deadline in the (simplified) text, or null. */
	static LocalDate in(String text) {
		LocalDate latest = null;
		var day = DAY.matcher(text);
		while (day.find()) {
			latest = later(latest, date(day.group(1), day.group(2), day.group(3)));
		}
		var month = MONTH.matcher(text);
		while (month.find()) {
			var year = (month.group(1) != null) ? month.group(1) : month.group(3);
			var monthOfYear = (month.group(2) != null) ? month.group(2) : month.group(4);
			latest = later(latest, endOfMonth(year, monthOfYear));
		}
		var year = YEAR.matcher(text);
		while (year.find()) {
			latest = later(latest, endOfMonth((year.group(1) != null) ? year.group(1) : year.group(2), "12"));
		}
		return latest;
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			return LocalDate.of(number(year), number(month), number(day));
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static LocalDate endOfMonth(String year, String month) {
		var m = number(month);
		return (m < 1 || m > 12) ? null : YearMonth.of(number(year), m).atEndOfMonth();
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

}
