package org.integritygraph.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Post;
import org.integritygraph.trace.Holding;
import org.integritygraph.trace.Period;
import org.integritygraph.trace.PhaseResponsibility;

/**
 * 责任关系图: the project's responsibility as SVG drawings, one per phase and one row per responsibility: on the
 * left the responsible post with everybody who held it during the phase (with the dates), its vacancies and who
 * answers now; on the right the leadership chain above it as it was then, each superior with the dates they
 * held the post (arrows are reporting lines; a dashed red box has a vacancy). Drawn at the printable width of an
 * A4 page, never scaled down, so that its smallest text prints at 9.75 pt (13 px). Hand-built from the
 * report, so it needs no drawing library and reads the same in a browser and in the PDF.
 */
final class ResponsibilityDiagram {

	/** The drawn width: the printable width of an A4 page at 96 dpi (180 mm). */
	static final int PRINT_WIDTH = Svg.PRINT_WIDTH;

	/** The smallest font size (px) of the drawing: 9.75 pt. */
	static final int SMALL = 13;

	static final String FONTS = Svg.FONTS;

	private static final int PAD = 10;

	private static final int RESP_WIDTH = 330;

	private static final int GAP = 24;

	private static final int CHAIN_WIDTH = PRINT_WIDTH - 2 * PAD - RESP_WIDTH - GAP;

	private static final int BAND = 30;

	private static final int LINE = 18;

	private static final int ROW_GAP = 12;

	private static final int STEP_GAP = 16;

	private static final String VACANT = "#b00020";

	private final ReportText text;

	private final StringBuilder svg = new StringBuilder();

	private String marker;

	private ResponsibilityDiagram(ReportText text) {
		this.text = text;
	}

	/** The diagram of all the report's phases in the text's language, as one drawing. */
	static String svg(RecallReport report, ReportText text) {
		return new ResponsibilityDiagram(text).draw(report.phases(), "arrow");
	}

	/**
	 * One drawing per phase, so that a printed page never cuts a drawing in two; a single "no responsibilities"
	 * drawing when the project has no phases.
	 */
	static List<String> svgPerPhase(RecallReport report, ReportText text) {
		if (report.phases().isEmpty()) {
			return List.of(svg(report, text));
		}
		return report.phases()
			.stream()
			.map(phase -> new ResponsibilityDiagram(text).draw(List.of(phase),
					"arrow-" + phase.phase().id().replaceAll("[^A-Za-z0-9_-]", "_")))
			.toList();
	}

	/** The drawing; {@code marker} is the arrowhead's id, unique in a page that holds several drawings. */
	private String draw(List<ReportPhase> phases, String marker) {
		this.marker = marker;
		int width = PRINT_WIDTH;
		int y = PAD;
		if (phases.isEmpty()) {
			text(PAD, y + 16, 14, "#555", false, this.text.msg("diagram.empty"), width - 2 * PAD);
			y += 30;
		}
		for (var phase : phases) {
			y = band(phase, y, width);
			for (var responsibility : phase.responsibilities()) {
				y = row(responsibility, y);
			}
		}
		int height = y + PAD;
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"responsibility-diagram\" width=\"" + width
				+ "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\""
				+ Svg.escape(this.text.msg("section.diagram")) + "\" font-family=\"" + Svg.escape(FONTS) + "\">"
				+ "<defs><marker id=\"" + marker + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>"
				+ "<rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>" + this.svg
				+ "</svg>";
	}

	private int band(ReportPhase phase, int y, int width) {
		this.svg.append(rect(PAD, y, width - 2 * PAD, BAND - 4, "#e8eef7", "#9fb3d1", false));
		text(PAD + 8, y + 19, 15, "#1f3a5f", true,
				this.text.label("stage", phase.phase().stage()) + "  "
						+ this.text.period(phase.phase().from(), phase.phase().to()),
				width - 2 * PAD - 16);
		return y + BAND + 4;
	}

	private int row(PhaseResponsibility responsibility, int y) {
		var lines = new ArrayList<Line>();
		lines.add(new Line(this.text.label("role", responsibility.role()) + "  "
				+ this.text.period(responsibility.from(), responsibility.to()), SMALL, roleColour(responsibility.role()),
				true));
		if (responsibility.post() != null) {
			lines.add(new Line(this.text.title(responsibility.post()), 15, "#111", true));
			lines.add(new Line(this.text.name(responsibility.body()), SMALL, "#555", false));
		}
		else {
			lines.add(new Line(this.text.name(responsibility.person()) + " (" + this.text.msg("resp.direct") + ")", 15,
					"#111", true));
		}
		for (var holder : responsibility.holders()) {
			var name = this.text.name(holder.person());
			if (responsibility.post() == null) {
				name += " · " + this.text.title(holder.post());
			}
			lines.add(new Line(name + "  " + this.text.period(holder.overlapFrom(), holder.overlapTo()), SMALL, "#111",
					false));
		}
		for (var vacancy : responsibility.vacancies()) {
			lines.add(new Line(this.text.msg("common.vacant") + "  " + this.text.period(vacancy.from(), vacancy.to()),
					SMALL, VACANT, true));
		}
		if (responsibility.holders().isEmpty() && responsibility.vacancies().isEmpty()) {
			lines.add(new Line(this.text.msg("common.vacant"), SMALL, VACANT, true));
		}
		for (var answer : responsibility.answerableNow()) {
			lines.add(new Line(this.text.msg("diagram.now") + ": " + this.text.holderNames(answer.holders()) + " ("
					+ this.text.postOf(answer) + ")", SMALL, "#0b6b2f", true));
		}
		int respHeight = 6 + lines.size() * LINE + 6;

		var chain = Step.union(responsibility);
		var stepHeights = chain.stream().map(step -> 6 + (2 + step.lines()) * LINE + 6).toList();
		int chainHeight = stepHeights.stream().mapToInt(Integer::intValue).sum() + Math.max(0, chain.size() - 1) * STEP_GAP;
		int height = Math.max(respHeight, chainHeight);

		boolean vacant = responsibility.vacant() || responsibility.holders().isEmpty();
		this.svg.append(rect(PAD, y, RESP_WIDTH, respHeight, "#fbfbfd", vacant ? VACANT : "#44546a", vacant));
		int ty = y + 6;
		for (var line : lines) {
			ty += LINE;
			text(PAD + 8, ty - 4, line.size(), line.colour(), line.bold(), line.text(), RESP_WIDTH - 16);
		}
		int x = PAD + RESP_WIDTH + GAP;
		int sy = y;
		for (int i = 0; i < chain.size(); i++) {
			var step = chain.get(i);
			int h = stepHeights.get(i);
			if (i == 0) {
				arrow(PAD + RESP_WIDTH, y + 22, x, sy + 22);
			}
			else {
				arrow(x + CHAIN_WIDTH / 2, sy - STEP_GAP, x + CHAIN_WIDTH / 2, sy);
			}
			boolean stepVacant = !step.vacancies().isEmpty();
			this.svg.append(rect(x, sy, CHAIN_WIDTH, h, "#ffffff", stepVacant ? VACANT : "#8a99ad", stepVacant));
			int ly = sy + 6 + LINE;
			text(x + 8, ly - 4, 14, step.post().principal() ? "#1f3a5f" : "#111", true, this.text.title(step.post()),
					CHAIN_WIDTH - 16);
			ly += LINE;
			text(x + 8, ly - 4, SMALL, "#555", false, this.text.name(step.body()), CHAIN_WIDTH - 16);
			for (var holding : step.holders()) {
				ly += LINE;
				text(x + 8, ly - 4, SMALL, "#111", false, this.text.name(holding.person()) + "  "
						+ this.text.period(holding.overlapFrom(), holding.overlapTo()), CHAIN_WIDTH - 16);
			}
			for (var vacancy : step.vacancies()) {
				ly += LINE;
				text(x + 8, ly - 4, SMALL, VACANT, true,
						this.text.msg("common.vacant") + "  " + this.text.period(vacancy.from(), vacancy.to()),
						CHAIN_WIDTH - 16);
			}
			sy += h + STEP_GAP;
		}
		return y + height + ROW_GAP;
	}

	private void arrow(int x1, int y1, int x2, int y2) {
		this.svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
			.append("\" y2=\"").append(y2).append("\" stroke=\"#555\" stroke-width=\"1.3\" marker-end=\"url(#")
			.append(this.marker).append(")\"/>");
	}

	private void text(int x, int y, int size, String colour, boolean bold, String content, int maxWidth) {
		this.svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
			.append("\" fill=\"").append(colour).append('"');
		if (bold) {
			this.svg.append(" font-weight=\"bold\"");
		}
		this.svg.append('>').append(Svg.escape(Svg.fit(content, maxWidth, size))).append("</text>");
	}

	private static String rect(int x, int y, int w, int h, String fill, String stroke, boolean dashed) {
		return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"4\" fill=\"" + fill
				+ "\" stroke=\"" + stroke + "\" stroke-width=\"1.2\"" + (dashed ? " stroke-dasharray=\"4 3\"" : "")
				+ "/>";
	}

	private static String roleColour(String role) {
		return switch (role) {
			case "PRINCIPAL" -> "#8b1a1a";
			case "IN_CHARGE" -> "#a05a00";
			case "GOVERNMENT_REPRESENTATIVE" -> "#5b3c88";
			default -> "#1f5f8b";
		};
	}

	private record Line(String text, int size, String colour, boolean bold) {
	}

	/**
	 * A superior post of the chains of a responsibility's holders (their union, by post, in order), with every
	 * holder of it over those chains' periods (by person and tenure, once) and its vacancies (once each).
	 */
	private record Step(Post post, Body body, List<Holding> holders, List<Period> vacancies) {

		int lines() {
			return this.holders.size() + this.vacancies.size();
		}

		static List<Step> union(PhaseResponsibility responsibility) {
			var steps = new LinkedHashMap<String, Step>();
			for (var holder : responsibility.holders()) {
				var chain = holder.chain().steps();
				for (var step : chain.subList(Math.min(1, chain.size()), chain.size())) {
					var merged = steps.computeIfAbsent(step.post().id(),
							id -> new Step(step.post(), step.body(), new ArrayList<>(), new ArrayList<>()));
					for (var holding : step.holders()) {
						merge(merged.holders(), holding);
					}
					step.vacancies().stream().filter(v -> !merged.vacancies().contains(v)).forEach(merged.vacancies()::add);
				}
			}
			return List.copyOf(steps.values());
		}

		/** Adds a holding, or widens the overlap of the same tenure already there. */
		private static void merge(List<Holding> holdings, Holding holding) {
			for (int i = 0; i < holdings.size(); i++) {
				var known = holdings.get(i);
				if (known.person().id().equals(holding.person().id()) && known.tenureFrom().equals(holding.tenureFrom())) {
					var from = known.overlapFrom().isBefore(holding.overlapFrom()) ? known.overlapFrom() : holding.overlapFrom();
					var to = (known.overlapTo() == null || holding.overlapTo() == null) ? null
							: known.overlapTo().isAfter(holding.overlapTo()) ? known.overlapTo() : holding.overlapTo();
					holdings.set(i, new Holding(known.person(), known.post(), known.tenureFrom(), known.tenureTo(), from, to));
					return;
				}
			}
			holdings.add(holding);
		}

	}

}
