package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A closed-open period of days {@code [from, to)}; {@code to} null means open. */
public record Period(LocalDate from, LocalDate to) {

	/**
	 * The days of {@code [from, to)} up to {@code knownOn} (later days are not known yet) that none of
	 * {@code covered} covers: the vacancies (空缺) of a post held over the {@code covered} tenures. A vacancy
	 * still running on {@code knownOn} has no end ({@code to} null).
	 */
	static List<Period> gaps(LocalDate from, LocalDate to, LocalDate knownOn, List<Period> covered) {
		if (from == null) {
			return List.of();
		}
		var end = Dates.earlier(to, knownOn.plusDays(1));
		var gaps = new ArrayList<Period>();
		var cursor = from;
		for (var period : covered.stream().sorted(Comparator.comparing(Period::from)).toList()) {
			if (!cursor.isBefore(end)) {
				break;
			}
			if (period.from().isAfter(cursor)) {
				gaps.add(new Period(cursor, Dates.earlier(period.from(), end)));
			}
			if (period.to() == null) {
				return stillOpen(gaps, to, knownOn);
			}
			if (period.to().isAfter(cursor)) {
				cursor = period.to();
			}
		}
		if (cursor.isBefore(end)) {
			gaps.add(new Period(cursor, end));
		}
		return stillOpen(gaps, to, knownOn);
	}

	/** A vacancy that lasts to the day known and beyond it (the period goes on) is still open: no end yet. */
	private static List<Period> stillOpen(List<Period> gaps, LocalDate to, LocalDate knownOn) {
		if (gaps.isEmpty() || (to != null && !to.isAfter(knownOn.plusDays(1)))) {
			return List.copyOf(gaps);
		}
		var last = gaps.getLast();
		if (!knownOn.plusDays(1).equals(last.to())) {
			return List.copyOf(gaps);
		}
		var open = new ArrayList<>(gaps.subList(0, gaps.size() - 1));
		open.add(new Period(last.from(), null));
		return List.copyOf(open);
	}

	/** Closed-open date arithmetic with {@code null} as an open end. */
	static final class Dates {

		private Dates() {
		}

		/** The later of two first days; null is "since ever". */
		static LocalDate later(LocalDate a, LocalDate b) {
			return (a == null) ? b : (b == null || a.isAfter(b)) ? a : b;
		}

		/** The earlier of two exclusive ends; null is "open". */
		static LocalDate earlier(LocalDate a, LocalDate b) {
			return (a == null) ? b : (b == null || a.isBefore(b)) ? a : b;
		}

		/** An end as known on {@code knownOn}: an end after it had not come yet, so the period is still open. */
		static LocalDate knownEnd(LocalDate to, LocalDate knownOn) {
			return (to != null && to.isAfter(knownOn)) ? null : to;
		}

	}

}
