package org.integritygraph.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * 责任关系图: the project's responsibility as an SVG drawing, one band per phase and one row per
 * responsibility: the responsible post with who held it then and who answers now, followed by the
 * leadership chain above it as it was then (arrows are reporting lines). Hand-built from the report, so
 * it needs no drawing library and reads the same in a browser and in the PDF.
 */
final class ResponsibilityDiagram {

	/** The drawn width: wider content is scaled down. */
	static final int PRINT_WIDTH = Svg.PRINT_WIDTH;

	static final String FONTS = Svg.FONTS;

	private static final int PAD = 10;

	private static final int RESP_WIDTH = 232;

	private static final int CHAIN_WIDTH = 150;

	private static final int GAP = 26;

	private static final int BAND = 28;

	private static final int LINE = 16;

	private static final int ROW_GAP = 10;

	private final ReportText text;

	private final StringBuilder svg = new StringBuilder();

	private String marker;

	private ResponsibilityDiagram(ReportText text) {
		this.text = text;
	}

	/** The diagram of all the report's phases in the text's language, as one drawing. */
	static String svg(RecallReport report, ReportText text) {
		return new ResponsibilityDiagram(text).draw(report.phases(), longestChain(report), "arrow");
	}

	/**
	 * One drawing per phase, all at the same scale, so that a printed page never cuts a drawing in two; a
	 * single "no responsibilities" drawing when the project has no phases.
	 */
	static List<String> svgPerPhase(RecallReport report, ReportText text) {
		if (report.phases().isEmpty()) {
			return List.of(svg(report, text));
		}
		int longest = longestChain(report);
		return report.phases()
			.stream()
			.map(phase -> new ResponsibilityDiagram(text).draw(List.of(phase), longest,
					"arrow-" + phase.id().replaceAll("[^A-Za-z0-9_-]", "_")))
			.toList();
	}

	private static int longestChain(RecallReport report) {
		return report.phases()
			.stream()
			.flatMap(phase -> phase.responsibilities().stream())
			.mapToInt(responsibility -> Row.of(responsibility).chain().size())
			.max()
			.orElse(0);
	}

	/** The drawing; {@code marker} is the arrowhead's id, unique in a page that holds several drawings. */
	private String draw(List<ReportPhase> phases, int maxChain, String marker) {
		this.marker = marker;
		int width = PAD * 2 + RESP_WIDTH + maxChain * (GAP + CHAIN_WIDTH);
		int y = PAD;
		if (phases.isEmpty()) {
			text(PAD, y + 16, 13, "#555", false, this.text.msg("diagram.empty"), width - 2 * PAD);
			y += 30;
		}
		for (var phase : phases) {
			y = band(phase, y, width);
			for (var responsibility : phase.responsibilities()) {
				y = row(Row.of(responsibility), y);
			}
		}
		int height = y + PAD;
		// Drawn at the printable width, or smaller: never scaled up.
		int printWidth = Math.min(width, PRINT_WIDTH);
		int printHeight = Math.round((float) height * printWidth / width);
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"responsibility-diagram\" width=\"" + printWidth
				+ "\" height=\"" + printHeight + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\""
				+ Svg.escape(this.text.msg("section.diagram")) + "\" font-family=\"" + Svg.escape(FONTS) + "\">"
				+ "<defs><marker id=\"" + marker + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>"
				+ "<rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>" + this.svg
				+ "</svg>";
	}

	private int band(ReportPhase phase, int y, int width) {
		this.svg.append(rect(PAD, y, width - 2 * PAD, BAND - 4, "#e8eef7", "#9fb3d1", false));
		text(PAD + 8, y + 17, 14, "#1f3a5f", true,
				this.text.label("stage", phase.stage()) + "  " + this.text.period(phase.from(), phase.to()),
				width - 2 * PAD - 16);
		return y + BAND + 4;
	}

	private int row(Row row, int y) {
		var responsibility = row.responsibility();
		var lines = new ArrayList<Line>();
		lines.add(new Line(this.text.label("role", responsibility.role()), 12, roleColour(responsibility.role()), true));
		if (responsibility.post() != null) {
			lines.add(new Line(this.text.title(responsibility.post()), 14, "#111", true));
			lines.add(new Line(this.text.name(responsibility.post().body()), 12, "#555", false));
		}
		else {
			lines.add(new Line(this.text.name(responsibility.person()) + " (" + this.text.msg("resp.direct") + ")", 14,
					"#111", true));
		}
		for (var holder : responsibility.holders()) {
			lines.add(new Line(this.text.name(holder.person()) + "  "
					+ this.text.period(holder.overlapFrom(), holder.overlapTo()), 12, "#111", false));
		}
		if (responsibility.holders().isEmpty()) {
			lines.add(new Line(this.text.msg("common.vacant"), 12, "#b00020", true));
		}
		for (var answer : responsibility.now()) {
			lines.add(new Line(this.text.msg("diagram.now") + ": " + this.text.holders(answer.holders())
					+ (answer.basis().equals("SAME_POST") ? "" : " (" + this.text.postOf(answer.post()) + ")"), 12,
					"#0b6b2f", true));
		}
		int respHeight = 8 + lines.size() * LINE + 4;

		var chainHeights = new ArrayList<Integer>();
		for (var step : row.chain()) {
			chainHeights.add(8 + (2 + Math.max(1, step.holders().size())) * LINE + 4);
		}
		int height = respHeight;
		for (int h : chainHeights) {
			height = Math.max(height, h);
		}

		int x = PAD;
		boolean vacant = responsibility.holders().isEmpty();
		this.svg.append(rect(x, y, RESP_WIDTH, height, "#fbfbfd", vacant ? "#b00020" : "#44546a", vacant));
		int ty = y + 4;
		for (var line : lines) {
			ty += LINE;
			text(x + 8, ty - 3, line.size(), line.colour(), line.bold(), line.text(), RESP_WIDTH - 16);
		}
		int mid = y + Math.min(height, 48) / 2 + 4;
		x += RESP_WIDTH;
		for (var step : row.chain()) {
			this.svg.append("<line x1=\"").append(x).append("\" y1=\"").append(mid).append("\" x2=\"").append(x + GAP)
				.append("\" y2=\"").append(mid).append("\" stroke=\"#555\" stroke-width=\"1.3\" marker-end=\"url(#").append(this.marker).append(")\"/>");
			x += GAP;
			boolean stepVacant = step.holders().isEmpty();
			this.svg.append(rect(x, y, CHAIN_WIDTH, height, "#ffffff", stepVacant ? "#b00020" : "#8a99ad", stepVacant));
			int sy = y + 4 + LINE;
			text(x + 8, sy - 3, 13, step.post().principal() ? "#1f3a5f" : "#111", true, this.text.title(step.post()),
					CHAIN_WIDTH - 16);
			sy += LINE;
			text(x + 8, sy - 3, 12, "#555", false, this.text.name(step.post().body()), CHAIN_WIDTH - 16);
			if (stepVacant) {
				sy += LINE;
				text(x + 8, sy - 3, 12, "#b00020", true, this.text.msg("common.vacant"), CHAIN_WIDTH - 16);
			}
			for (var tenure : step.holders()) {
				sy += LINE;
				text(x + 8, sy - 3, 12, "#111", false, this.text.name(tenure.person()), CHAIN_WIDTH - 16);
			}
			x += CHAIN_WIDTH;
		}
		return y + height + ROW_GAP;
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

	/** A responsibility with the union of its holders' chains (by post, holders merged, in order). */
	private record Row(ReportResponsibility responsibility, List<ReportChainStep> chain) {

		static Row of(ReportResponsibility responsibility) {
			var steps = new LinkedHashMap<String, List<ReportTenure>>();
			var posts = new LinkedHashMap<String, ReportPost>();
			for (var holder : responsibility.holders()) {
				for (var step : holder.chain()) {
					posts.putIfAbsent(step.post().id(), step.post());
					var holders = steps.computeIfAbsent(step.post().id(), id -> new ArrayList<>());
					step.holders()
						.stream()
						.filter(t -> holders.stream().noneMatch(h -> h.person().id().equals(t.person().id())))
						.forEach(holders::add);
				}
			}
			var chain = posts.values().stream().map(post -> new ReportChainStep(post, steps.get(post.id()))).toList();
			return new Row(responsibility, chain);
		}

	}

}
