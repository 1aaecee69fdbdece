package org.integritygraph.interchange.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Cells as offices write them, read as the model's values: dates in the usual Chinese forms
 * ({@code 2016-01-10}, {@code 2016/1/10}, {@code 2016.01.10}, {@code 2016年1月10日}, {@code 20160110}, and
 * month-only {@code 2016.01} or {@code 2016年1月}, read as the first of the month), numbers with thousands
 * separators, yes/no.
 */
final class CellValues {

	private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");

	private CellValues() {
	}

	/** A date, or null when the cell is not one. */
	static LocalDate date(String cell) {
		var text = cell.strip();
		for (var pattern : new Pattern[] { DAY, COMPACT }) {
			var matcher = pattern.matcher(text);
			if (matcher.matches()) {
				return of(matcher.group(1), matcher.group(2), matcher.group(3));
			}
		}
		var month = MONTH.matcher(text);
		return month.matches() ? of(month.group(1), month.group(2), "1") : null;
	}

	/** Whether the cell names a month only (read as its first day). */
	static boolean monthOnly(String cell) {
		return MONTH.matcher(cell.strip()).matches();
	}

	private static LocalDate of(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** A number, or null. */
	static Double number(String cell) {
		try {
			return Double.valueOf(cell.strip().replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** true for 是/true/yes/1, false for 否/false/no/0, else null. */
	static Boolean bool(String cell) {
		return switch (cell.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "是", "true", "yes", "y", "1" -> Boolean.TRUE;
			case "否", "false", "no", "n", "0" -> Boolean.FALSE;
			default -> null;
		};
	}

}
