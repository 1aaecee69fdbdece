package org.integritygraph.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the units out of one parenthesised assignment of a task, in all the forms real documents
 * use:
 * <ul>
 * <li>labelled: {@code 牵头单位:A、B,配合单位:C;各县〈区〉人民政府按职责分工负责}</li>
 * <li>by verb: {@code A、B按职责分工分别负责}, {@code A负责}, {@code A牵头,B配合}</li>
 * <li>lists whose role comes from the verb that closes them: {@code A、B,各县〈市、区〉人民政府按职责分工分别负责}</li>
 * </ul>
 * Half- and full-width punctuation and brackets are alike; a {@code 、} inside brackets
 * ({@code 各县〈市、区〉}) does not separate units; a unit may carry its alias in parentheses
 * ({@code 区府办(区电子政务办)}). Matching is done on the simplified fold of the text.
 */
final class AssignmentParser {

	private static final Pattern LABEL = Pattern.compile(
			"^(牵头单位|牵头部门|主办单位|配合单位|配合部门|协办单位|参与单位|负责单位|责任单位|责任部门|承办单位)[:：]");

	private static final Pattern VERB = Pattern.compile(
			"(?:按照?职责分工|按职责|根据职责分工)?(?:分别|共同|具体)?(牵头负责|牵头|负责|配合|参与)(?:落实)?$");

	/** Categories of addressees, not bodies: 各县〈区〉人民政府, 市直各有关部门, 其他有关部门, 市府直属各单位. */
	private static final Pattern GENERAL = Pattern.compile(
			"^(各|其他|其它|所属)|有关部门|有关单位|相关部门|相关单位|各部门|各单位|各级|直属各|各有关|各相关");

	private static final String OPENING = "(（〈<《[【{";

	private static final String CLOSING = ")）〉>》]】}";

	private static final String SEGMENT_SEPARATORS = ",，;；。";

	private AssignmentParser() {
	}

	/** Whether the content of a parenthesis is an assignment rather than, say, a 文号 or a remark. */
	static boolean isAssignment(Written content) {
		var text = trimPunctuation(content.withoutSpaces());
		return !text.isEmpty() && (LABEL.matcher(text.folded()).find()
				|| splitTopLevel(text, SEGMENT_SEPARATORS).stream().anyMatch(s -> VERB.matcher(s.folded()).find()));
	}

	/** The units of an assignment, in order, each once per role; empty when it is none. */
	static Optional<List<UnitMention>> parse(Written content) {
		if (!isAssignment(content)) {
			return Optional.empty();
		}
		var segments = new ArrayList<Segment>();
		for (var part : splitTopLevel(trimPunctuation(content.withoutSpaces()), SEGMENT_SEPARATORS)) {
			segment(part).ifPresent(segments::add);
		}
		assignPendingRoles(segments);
		var mentions = new LinkedHashSet<UnitMention>();
		for (var segment : segments) {
			for (var unit : splitTopLevel(segment.units(), "、")) {
				var name = withoutLeadingBy(unit);
				if (!name.isEmpty()) {
					mentions.add(new UnitMention(segment.role(), name.original(), isGeneral(name.folded())));
				}
			}
		}
		return Optional.of(List.copyOf(mentions));
	}

	/** Whether a unit (simplified, without spaces) is a category of addressees rather than a body. */
	static boolean isGeneral(String unit) {
		return GENERAL.matcher(unit).find();
	}

	private static Optional<Segment> segment(Written part) {
		if (part.isEmpty()) {
			return Optional.empty();
		}
		Matcher label = LABEL.matcher(part.folded());
		if (label.find()) {
			return Optional.of(new Segment(part.sub(label.end()), roleOfWord(label.group(1)), true));
		}
		Matcher verb = VERB.matcher(part.folded());
		if (verb.find()) {
			return Optional.of(new Segment(part.sub(0, verb.start()), roleOfWord(verb.group(1)), false));
		}
		return Optional.of(new Segment(part, null, false));
	}

	/**
	 * A list without a label or verb takes the role of the verb that closes the lists after it
	 * ({@code A、B,C按职责分工负责}), else that of the label before it ({@code 牵头单位:A,B}).
	 */
	private static void assignPendingRoles(List<Segment> segments) {
		for (int i = segments.size() - 2; i >= 0; i--) {
			var next = segments.get(i + 1);
			if (segments.get(i).role() == null && next.role() != null && !next.labelled()) {
				segments.set(i, segments.get(i).withRole(next.role(), false));
			}
		}
		for (int i = 1; i < segments.size(); i++) {
			var previous = segments.get(i - 1);
			if (segments.get(i).role() == null && previous.role() != null) {
				segments.set(i, segments.get(i).withRole(previous.role(), previous.labelled()));
			}
		}
		segments.replaceAll(s -> (s.role() == null) ? s.withRole(UnitRole.RESPONSIBLE, false) : s);
	}

	private static UnitRole roleOfWord(String word) {
		if (word.startsWith("牵头") || word.startsWith("主办")) {
			return UnitRole.LEAD;
		}
		if (word.startsWith("配合") || word.startsWith("协办") || word.startsWith("参与")) {
			return UnitRole.COOPERATE;
		}
		return UnitRole.RESPONSIBLE;
	}

	private static Written withoutLeadingBy(Written unit) {
		var stripped = unit.strip();
		return stripped.startsWith("由") ? stripped.sub(1) : stripped;
	}

	private static Written trimPunctuation(Written text) {
		int end = text.length();
		while (end > 0 && (SEGMENT_SEPARATORS + "、").indexOf(text.folded().charAt(end - 1)) >= 0) {
			end--;
		}
		return text.sub(0, end);
	}

	/** Splits at the separators that are outside any bracket. */
	static List<Written> splitTopLevel(Written text, String separators) {
		var parts = new ArrayList<Written>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.folded().charAt(i);
			if (OPENING.indexOf(c) >= 0) {
				depth++;
			}
			else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
				depth--;
			}
			else if (depth == 0 && separators.indexOf(c) >= 0) {
				parts.add(text.sub(start, i));
				start = i + 1;
			}
		}
		parts.add(text.sub(start));
		return parts;
	}

	private record Segment(Written units, UnitRole role, boolean labelled) {

		Segment withRole(UnitRole newRole, boolean isLabelled) {
			return new Segment(this.units, newRole, isLabelled);
		}

	}

}
