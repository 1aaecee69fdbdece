package org.integritygraph.profile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.integritygraph.report.ReportText;
import org.integritygraph.report.Svg;

/**
 * The timeline of a credit profile as an SVG chart: one row per record (its disclosure period drawn light, the
 * time it stood against the subject dark, its events as ticks) with a thinner row under it per measure it
 * brought, and a last row with the commitments at their due dates, coloured by their status on the profile's
 * date. Years run along the top; a red line marks the profile's date.
 */
final class TimelineChart {

	private static final int WIDTH = Svg.PRINT_WIDTH;

	private static final int LABEL = 190;

	private static final int RIGHT = 12;

	private static final int TOP = 30;

	private static final int RECORD_ROW = 22;

	private static final int MEASURE_ROW = 15;

	private final StringBuilder svg = new StringBuilder();

	private final LocalDate first;

	private final LocalDate last;

	private TimelineChart(LocalDate first, LocalDate last) {
		this.first = first;
		this.last = last;
	}

	static String svg(CreditProfile profile, ReportText text) {
		var dates = Stream.concat(
				profile.records().stream().map(r -> r.record().decidedOn()),
				profile.commitments().stream().flatMap(c -> Stream.of(c.commitment().madeOn(), c.commitment().dueOn())))
			.filter(d -> d != null && !d.isAfter(profile.at()))
			.toList();
		var start = dates.stream().min(LocalDate::compareTo).orElse(profile.at()).withDayOfYear(1);
		var end = profile.at().plusYears(1).withDayOfYear(1);
		var chart = new TimelineChart(start, end);
		int y = chart.axis(TOP, profile.at(), text);
		for (var record : profile.records()) {
			y = chart.record(record, profile.at(), y, text);
		}
		y = chart.commitments(profile.commitments(), y, text);
		int height = y + 8;
		chart.line(profile.at(), TOP - 6, height - 4, "#b00020", text.msg("profile.chart.at", profile.at()));
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"" + WIDTH + "\" height=\"" + height
				+ "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-label=\""
				+ Svg.escape(text.msg("profile.timeline")) + "\" font-family=\"" + Svg.escape(Svg.FONTS) + "\">"
				+ "<rect x=\"0\" y=\"0\" width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>" + chart.svg
				+ "</svg>";
	}

	private int axis(int y, LocalDate at, ReportText text) {
		for (var year = this.first; year.isBefore(this.last); year = year.plusYears(1)) {
			int x = x(year);
			this.svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y - 8).append("\" x2=\"").append(x)
				.append("\" y2=\"100%\" stroke=\"#e3e7ee\" stroke-width=\"1\"/>");
			text(x + 2, y - 12, String.valueOf(year.getYear()), 9, "#555", false);
		}
		if (this.first.until(this.last, ChronoUnit.YEARS) == 0) {
			text(LABEL, y - 12, String.valueOf(at.getYear()), 9, "#555", false);
		}
		return y;
	}

	private int record(ProfileRecord entry, LocalDate at, int y, ReportText text) {
		var record = entry.record();
		var label = (record.docNo() != null) ? record.docNo() : record.title();
		text(4, y + 14, label, 10, "#1a1a1a", true);
		var periodEnd = (record.disclosureUntil() != null) ? record.disclosureUntil() : at;
		bar(record.decidedOn(), periodEnd, y + 4, 14, "#e9edf4", "#9aa5b5");
		bar(record.decidedOn(), inForceEnd(entry, at), y + 4, 14, severityColour(record.severity()), null);
		for (var event : entry.events()) {
			tick(event.on(), y + 2, 18, eventColour(event.kind()));
		}
		text(LABEL - 4, y + 14, text.label("severity", record.severity()), 8, "#555", false, "end");
		y += RECORD_ROW;
		for (var measure : entry.measures()) {
			var until = (measure.until() != null) ? measure.until() : this.last;
			text(16, y + 10, text.label("measure", measure.kind().name()), 8.5, "#333", false);
			bar(measure.from(), until, y + 3, 8, measure.inForce() ? "#1f5f8b" : "#9db7cc", null);
			y += MEASURE_ROW;
		}
		return y + 4;
	}

	private int commitments(List<ProfileCommitment> commitments, int y, ReportText text) {
		if (commitments.isEmpty()) {
			return y;
		}
		text(4, y + 14, text.msg("profile.chart.commitments"), 10, "#1a1a1a", true);
		for (var commitment : commitments) {
			var due = commitment.commitment().dueOn();
			if (due == null || due.isBefore(this.first) || !due.isBefore(this.last)) {
				continue;
			}
			var status = commitment.overdue() ? "OVERDUE" : commitment.statusOn();
			this.svg.append("<circle cx=\"").append(x(due)).append("\" cy=\"").append(y + 11)
				.append("\" r=\"4\" fill=\"").append(statusColour(status)).append("\" stroke=\"#fff\" stroke-width=\"0.8\"><title>")
				.append(Svg.escape(commitment.commitment().title() + " · " + text.label("commitmentStatus", status)))
				.append("</title></circle>");
		}
		y += RECORD_ROW;
		int x = LABEL;
		for (var status : List.of("FULFILLED", "PENDING", "OVERDUE", "BROKEN", "WAIVED")) {
			this.svg.append("<circle cx=\"").append(x + 4).append("\" cy=\"").append(y + 6).append("\" r=\"4\" fill=\"")
				.append(statusColour(status)).append("\"/>");
			var label = text.label("commitmentStatus", status);
			text(x + 11, y + 9, label, 8.5, "#333", false);
			x += 22 + (int) Svg.width(label, 9);
		}
		return y + 14;
	}

	/** When the record stopped standing against the subject, or the profile's date while it still does. */
	private static LocalDate inForceEnd(ProfileRecord entry, LocalDate at) {
		var until = entry.standingUntil();
		return (until == null || until.isAfter(at)) ? at : until;
	}

	private void bar(LocalDate from, LocalDate to, int y, int h, String fill, String stroke) {
		int x1 = x(from);
		int x2 = Math.max(x(to), x1 + 2);
		this.svg.append("<rect x=\"").append(x1).append("\" y=\"").append(y).append("\" width=\"").append(x2 - x1)
			.append("\" height=\"").append(h).append("\" rx=\"2\" fill=\"").append(fill).append('"');
		if (stroke != null) {
			this.svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.6\"");
		}
		this.svg.append("/>");
	}

	private void tick(LocalDate on, int y, int h, String colour) {
		int x = x(on);
		this.svg.append("<rect x=\"").append(x - 1).append("\" y=\"").append(y).append("\" width=\"2\" height=\"")
			.append(h).append("\" fill=\"").append(colour).append("\"/>");
	}

	private void line(LocalDate on, int y1, int y2, String colour, String label) {
		int x = x(on);
		this.svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y1).append("\" x2=\"").append(x)
			.append("\" y2=\"").append(y2).append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.2\"")
			.append(" stroke-dasharray=\"3 2\"/>");
		text(Math.min(x + 3, WIDTH - 70), y1 + 2, label, 8, colour, false);
	}

	private void text(int x, int y, String content, double size, String colour, boolean bold) {
		text(x, y, content, size, colour, bold, "start");
	}

	private void text(int x, int y, String content, double size, String colour, boolean bold, String anchor) {
		int room = anchor.equals("end") ? 60 : (x < LABEL ? LABEL - x - 30 : WIDTH - x);
		this.svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
			.append("\" fill=\"").append(colour).append('"');
		if (bold) {
			this.svg.append(" font-weight=\"bold\"");
		}
		if (!anchor.equals("start")) {
			this.svg.append(" text-anchor=\"").append(anchor).append('"');
		}
		this.svg.append('>').append(Svg.escape(Svg.fit(content, room, (int) Math.ceil(size)))).append("</text>");
	}

	private int x(LocalDate date) {
		var clamped = date.isBefore(this.first) ? this.first : date.isAfter(this.last) ? this.last : date;
		double span = Math.max(1, ChronoUnit.DAYS.between(this.first, this.last));
		return LABEL + (int) Math.round((WIDTH - LABEL - RIGHT) * ChronoUnit.DAYS.between(this.first, clamped) / span);
	}

	private static String severityColour(String severity) {
		return switch (severity) {
			case "SERIOUS" -> "#b00020";
			case "GENERAL" -> "#d9822b";
			default -> "#e0b000";
		};
	}

	private static String eventColour(String kind) {
		return switch (kind) {
			case "REPAIRED", "EXEMPTED", "OBJECTION_UPHELD" -> "#0b6b2f";
			case "OBJECTION_FILED", "OBJECTION_REJECTED", "REPAIR_APPLIED", "CORRECTED" -> "#5b3c88";
			case "EXPIRED" -> "#555555";
			default -> "#1a1a1a";
		};
	}

	private static String statusColour(String status) {
		return switch (status) {
			case "FULFILLED" -> "#0b6b2f";
			case "OVERDUE" -> "#d9822b";
			case "BROKEN" -> "#b00020";
			case "WAIVED" -> "#1f5f8b";
			default -> "#9aa5b5";
		};
	}

}
