package org.integritygraph.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a policy document from its plain text: what it is (title, 文号, issuer, date), its structure
 * (parts 一、, sections (一), numbered tasks 1. or 1、, sub-items (1) or ①) and, for each task, the
 * units it charges with it. A pure function of the text: no database, no clock.
 *
 * <p>A heading is only taken for one when it continues the numbering (一 after nothing, 二 after 一;
 * a task number follows the previous one or starts again at 1 in a new section), so a line that a
 * PDF-to-text tool broke before "5." is not a task. Lines that do not start a heading continue
 * the text before them, joined without a space when the line broke mid-sentence.
 *
 * <p>The tasks are the numbered items; where a part has sections without items and one of them
 * carries an assignment, those sections are tasks too (as in 四、落实保障措施 of the Jieyang plan).
 * A document without items and without assignments has its sections (or else its parts) as tasks.
 */
final class PolicyDocumentParser {

	private static final String DIGIT = "[0-9０-９]";

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");

	private static final Pattern PART = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*、\\s*(.*)$");

	private static final Pattern SECTION = Pattern.compile("^[(（]\\s*([一二三四五六七八九十]{1,3})\\s*[)）]\\s*(.*)$");

	private static final Pattern ITEM = Pattern.compile("^(" + DIGIT + "{1,2})\\s*[.．、](?!" + DIGIT + ")\\s*(.*)$");

	private static final Pattern SUB_ITEM = Pattern
		.compile("^(?:[(（]\\s*" + DIGIT + "{1,2}\\s*[)）]|" + DIGIT + "{1,2}\\s*[)）]|[①-⑳])");

	private static final Pattern DATE_LINE = Pattern
		.compile("^(" + DIGIT + "{4})\\s*年\\s*(" + DIGIT + "{1,2})\\s*月\\s*(" + DIGIT + "{1,2})\\s*日$");

	private static final Pattern DOC_NO = Pattern
		.compile("^[\\p{IsHan}]{1,12}[〔\\[【(（]" + DIGIT + "{4}[〕\\]】)）]" + DIGIT + "{1,5}号$");

	private static final Pattern NOTICE_TITLE = Pattern
		.compile("关于.{2,}(通知|意见|决定|方案|办法|规定|计划|措施|细则|批复|函|通报|要点)$");

	private static final Pattern PLAN_TITLE = Pattern
		.compile("(方案|计划|意见|措施|办法|细则|要点|规定|通知)$");

	/** How the name of an issuing organ ends (发文机关署名). */
	private static final Pattern ORGAN = Pattern
		.compile("(人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|办|部|院|中心)$");

	/** The web page around a published document (breadcrumbs, sharing, printing). */
	private static final Pattern WEB_CHROME = Pattern.compile(
			"^(当前位置[:：].*|\\|?字号[:：]?.*|用微信扫描二维码|分享至好友和朋友圈|[×✕]|附件下载[:：]?|扫一扫在手机上查看当前页面|【?打印(本页)?】?|【?关闭(窗口)?】?|【?字体[:：].*)$");

	private static final String SENTENCE_END = "。！？；：!?;:";

	private static final int MAX_TITLE = 60;

	private PolicyDocumentParser() {
	}

	/** Parses the plain text of a document (see {@link SourceFormat#toText}). */
	static ParsedDocument parse(String plainText) {
		var lines = lines(plainText);
		var root = structure(lines);
		var tasks = tasks(root);
		return new ParsedDocument(docNo(lines), title(lines), issuerName(lines), issuedOn(lines), text(lines),
				parts(root), tasks);
	}

	// ---- lines and metadata

	private static List<Written> lines(String text) {
		var lines = new ArrayList<Written>();
		for (var raw : text.split("\n", -1)) {
			var line = Written.of(raw).strip();
			var heading = MARKDOWN_HEADING.matcher(line.folded());
			if (heading.find()) {
				line = line.sub(heading.end());
			}
			if (!WEB_CHROME.matcher(line.withoutSpaces().folded()).matches()) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static String text(List<Written> lines) {
		var text = new StringBuilder();
		boolean blank = true;
		for (var line : lines) {
			if (line.isEmpty()) {
				if (!blank) {
					text.append('\n');
				}
				blank = true;
				continue;
			}
			text.append(line.original()).append('\n');
			blank = false;
		}
		return text.toString().strip();
	}

	/** The value of a metadata field of a published page: "文  号:" with the value after it or on the next line. */
	private static Optional<Written> metadata(List<Written> lines, String label) {
		var field = Pattern.compile("^" + label + "[:：](.*)$");
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i).withoutSpaces();
			Matcher matcher = field.matcher(line.folded());
			if (matcher.matches()) {
				var value = line.sub(matcher.start(1));
				if (!value.isEmpty()) {
					return Optional.of(value);
				}
				return nextNonBlank(lines, i).map(lines::get);
			}
		}
		return Optional.empty();
	}

	private static String docNo(List<Written> lines) {
		var fromMetadata = metadata(lines, "文号").map(Written::withoutSpaces)
			.filter(value -> DOC_NO.matcher(value.folded()).matches());
		if (fromMetadata.isPresent()) {
			return fromMetadata.get().original();
		}
		return lines.stream()
			.map(Written::withoutSpaces)
			.filter(line -> DOC_NO.matcher(line.folded()).matches())
			.findFirst()
			.map(Written::original)
			.orElse(null);
	}

	private static String title(List<Written> lines) {
		var fromMetadata = metadata(lines, "标题");
		if (fromMetadata.isPresent()) {
			return fromMetadata.get().original();
		}
		var preamble = preamble(lines);
		return firstLine(preamble, line -> NOTICE_TITLE.matcher(line.withoutSpaces().folded()).find())
			.or(() -> firstLine(preamble, line -> line.length() <= MAX_TITLE
					&& PLAN_TITLE.matcher(line.withoutSpaces().folded()).find()))
			.or(() -> firstLine(preamble, line -> !line.isEmpty()))
			.map(Written::original)
			.orElse(null);
	}

	private static String issuerName(List<Written> lines) {
		return signature(lines).map(i -> lines.get(i).withoutSpaces().original())
			.or(() -> metadata(lines, "发布机构").map(Written::original))
			.or(() -> metadata(lines, "发文机关").map(Written::original))
			.or(() -> Optional.ofNullable(title(lines))
				.map(title -> Written.of(title).withoutSpaces())
				.filter(title -> title.folded().indexOf("关于") > 0)
				.map(title -> title.sub(0, title.folded().indexOf("关于")))
				.filter(issuer -> ORGAN.matcher(issuer.folded()).find())
				.map(Written::original))
			.orElse(null);
	}

	private static LocalDate issuedOn(List<Written> lines) {
		return signature(lines).flatMap(i -> nextNonBlank(lines, i))
			.map(i -> date(lines.get(i)))
			.or(() -> metadata(lines, "成文日期").map(PolicyDocumentParser::date))
			.or(() -> metadata(lines, "发布日期").map(PolicyDocumentParser::date))
			.or(() -> metadata(lines, "生成日期").map(PolicyDocumentParser::date))
			.or(() -> lines.stream().map(PolicyDocumentParser::date).filter(d -> d != null).findFirst())
			.orElse(null);
	}

	/** The index of the first signature line: an organ's name right above a date line. */
	private static Optional<Integer> signature(List<Written> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (isSignature(lines, i)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	private static boolean isSignature(List<Written> lines, int i) {
		var line = lines.get(i).withoutSpaces();
		return !line.isEmpty() && line.length() <= 40 && ORGAN.matcher(line.folded()).find()
				&& line.folded().chars().noneMatch(c -> "。，,;；:：".indexOf(c) >= 0)
				&& nextNonBlank(lines, i).map(next -> date(lines.get(next)) != null).orElse(false);
	}

	private static LocalDate date(Written line) {
		var matcher = DATE_LINE.matcher(line.strip().folded());
		if (!matcher.matches()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static Optional<Integer> nextNonBlank(List<Written> lines, int i) {
		for (int next = i + 1; next < lines.size(); next++) {
			if (!lines.get(next).isEmpty()) {
				return Optional.of(next);
			}
		}
		return Optional.empty();
	}

	private static Optional<Written> firstLine(List<Written> lines, Predicate<Written> test) {
		return lines.stream().filter(test).findFirst();
	}

	/** The lines before the first part or section heading. */
	private static List<Written> preamble(List<Written> lines) {
		var preamble = new ArrayList<Written>();
		for (var line : lines) {
			var part = PART.matcher(line.folded());
			var section = SECTION.matcher(line.folded());
			if ((part.matches() && numeral(part.group(1)) == 1) || (section.matches() && numeral(section.group(1)) == 1)) {
				break;
			}
			preamble.add(line);
		}
		return preamble;
	}

	// ---- structure

	private enum Level {

		ROOT, PART, SECTION, ITEM

	}

	/** A part, section or item with its lines; the root holds the preamble. */
	private static final class Unit {

		final Level level;

		final int number;

		/** The whole heading line, marker included (一、总体要求). */
		final Written headingLine;

		final Unit parent;

		final List<Written> lines = new ArrayList<>();

		final List<Boolean> breaks = new ArrayList<>();

		final List<Unit> children = new ArrayList<>();

		Unit(Level level, int number, Written headingLine, Written firstLine, Unit parent) {
			this.level = level;
			this.number = number;
			this.headingLine = headingLine;
			this.parent = parent;
			if (firstLine != null && !firstLine.isEmpty()) {
				add(firstLine, false);
			}
		}

		void add(Written line, boolean paragraph) {
			this.lines.add(line);
			this.breaks.add(paragraph);
		}

		/** The lines joined: without a break where a line broke mid-sentence, with one after a sentence. */
		Written text() {
			var text = Written.EMPTY;
			for (int i = 0; i < this.lines.size(); i++) {
				if (i > 0) {
					var previous = text.folded();
					boolean sentenceEnded = !previous.isEmpty()
							&& SENTENCE_END.indexOf(previous.charAt(previous.length() - 1)) >= 0;
					text = text.plus(this.breaks.get(i) || sentenceEnded ? "\n" : "");
				}
				text = text.plus(this.lines.get(i));
			}
			return text;
		}

		List<String> subItems() {
			var items = new ArrayList<String>();
			Written current = null;
			for (var line : this.lines) {
				if (SUB_ITEM.matcher(line.folded()).find()) {
					if (current != null) {
						items.add(current.original());
					}
					current = line;
				}
				else if (current != null) {
					current = current.plus(line);
				}
			}
			if (current != null) {
				items.add(current.original());
			}
			return items;
		}

		Optional<Unit> ancestor(Level wanted) {
			for (var unit = this; unit != null; unit = unit.parent) {
				if (unit.level == wanted) {
					return Optional.of(unit);
				}
			}
			return Optional.empty();
		}

		List<Integer> path() {
			var path = new ArrayList<Integer>();
			for (var unit = this; unit.level != Level.ROOT; unit = unit.parent) {
				path.addFirst(unit.number);
			}
			return path;
		}

		boolean hasChild(Level childLevel) {
			return this.children.stream().anyMatch(child -> child.level == childLevel);
		}

	}

	private static Unit structure(List<Written> lines) {
		var root = new Unit(Level.ROOT, 0, null, null, null);
		Unit part = null;
		Unit section = null;
		Unit current = root;
		int sectionsInPart = 0;
		int sectionsInAll = 0;
		int itemsInSection = 0;
		int itemsInAll = 0;
		boolean started = false;
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			if (line.isEmpty()) {
				continue;
			}
			if (started && endsTheBody(lines, i)) {
				break;
			}
			var folded = line.folded();
			Matcher matcher;
			if ((matcher = PART.matcher(folded)).matches()
					&& numeral(matcher.group(1)) == (part == null ? 1 : part.number + 1)) {
				part = new Unit(Level.PART, numeral(matcher.group(1)), line, line.sub(matcher.start(2)), root);
				root.children.add(part);
				section = null;
				current = part;
				sectionsInPart = 0;
				itemsInSection = 0;
				started = true;
			}
			else if ((matcher = SECTION.matcher(folded)).matches()
					&& continues(numeral(matcher.group(1)), sectionsInPart, sectionsInAll)) {
				var parent = (part != null) ? part : root;
				section = new Unit(Level.SECTION, numeral(matcher.group(1)), line, line.sub(matcher.start(2)), parent);
				parent.children.add(section);
				current = section;
				sectionsInPart = section.number;
				sectionsInAll = section.number;
				itemsInSection = 0;
				started = true;
			}
			else if ((matcher = ITEM.matcher(folded)).matches()
					&& continues(Integer.parseInt(matcher.group(1)), itemsInSection, itemsInAll)) {
				var parent = (section != null) ? section : (part != null) ? part : root;
				current = new Unit(Level.ITEM, Integer.parseInt(matcher.group(1)), line, line.sub(matcher.start(2)),
						parent);
				parent.children.add(current);
				itemsInSection = current.number;
				itemsInAll = current.number;
				started = true;
			}
			else {
				current.add(line, current != root && SUB_ITEM.matcher(folded).find());
			}
		}
		return root;
	}

	private static boolean continues(int number, int lastInParent, int lastInAll) {
		return number == lastInParent + 1 || (lastInAll > 0 && number == lastInAll + 1);
	}

	/** The signature and date, or the attachments, that close the body of the document. */
	private static boolean endsTheBody(List<Written> lines, int i) {
		var line = lines.get(i).withoutSpaces().folded();
		return date(lines.get(i)) != null || isSignature(lines, i) || line.startsWith("附件");
	}

	private static int numeral(String chinese) {
		var digits = "一二三四五六七八九";
		if (chinese.equals("十")) {
			return 10;
		}
		int ten = chinese.indexOf('十');
		if (ten < 0) {
			return digits.indexOf(chinese.charAt(0)) + 1;
		}
		int tens = (ten == 0) ? 1 : digits.indexOf(chinese.charAt(0)) + 1;
		int ones = (ten == chinese.length() - 1) ? 0 : digits.indexOf(chinese.charAt(ten + 1)) + 1;
		return tens * 10 + ones;
	}

	// ---- tasks

	private static List<ParsedTask> tasks(Unit root) {
		var all = new ArrayList<Unit>();
		collect(root, all);
		var taskUnits = new LinkedHashSet<Unit>();
		boolean anyItem = all.stream().anyMatch(unit -> unit.level == Level.ITEM);
		boolean anyAssignment = all.stream().anyMatch(unit -> unit.level != Level.ROOT && !units(unit).isEmpty());
		for (var unit : all) {
			if (unit.level == Level.ITEM) {
				taskUnits.add(unit);
			}
			else if (unit.level == Level.SECTION && unit.children.isEmpty()
					&& (siblingSectionAssigned(unit) || (!anyItem && !anyAssignment))) {
				taskUnits.add(unit);
			}
			else if (unit.level == Level.PART && unit.children.isEmpty()
					&& (!units(unit).isEmpty() || (!anyItem && !anyAssignment && noSections(all)))) {
				taskUnits.add(unit);
			}
		}
		boolean ownNumbersUnique = taskUnits.stream().map(unit -> unit.number).distinct().count() == taskUnits.size();
		return taskUnits.stream().map(unit -> task(unit, ownNumbersUnique)).toList();
	}

	private static void collect(Unit unit, List<Unit> into) {
		into.add(unit);
		unit.children.forEach(child -> collect(child, into));
	}

	private static boolean siblingSectionAssigned(Unit section) {
		return section.parent.children.stream()
			.anyMatch(sibling -> sibling.level == Level.SECTION && !sibling.hasChild(Level.ITEM)
					&& !units(sibling).isEmpty());
	}

	private static boolean noSections(List<Unit> all) {
		return all.stream().noneMatch(unit -> unit.level == Level.SECTION);
	}

	private static ParsedTask task(Unit unit, boolean ownNumbersUnique) {
		var number = ownNumbersUnique ? String.valueOf(unit.number)
				: String.join(".", unit.path().stream().map(String::valueOf).toList());
		var text = unit.text();
		var part = unit.ancestor(Level.PART).map(PolicyDocumentParser::heading).orElse(null);
		var section = unit.ancestor(Level.SECTION).map(PolicyDocumentParser::heading).orElse(null);
		return new ParsedTask(number, part, section, title(text), text.original(), DueDates.in(text.folded()),
				unit.subItems(), units(unit));
	}

	private static String heading(Unit unit) {
		var line = unit.headingLine;
		var end = line.folded().indexOf('。');
		return (end > 0 ? line.sub(0, end) : line).original();
	}

	private static String title(Written text) {
		var end = text.folded().indexOf('。');
		if (end <= 0 || end > MAX_TITLE || text.folded().substring(0, end).contains("\n")) {
			return null;
		}
		return text.sub(0, end).original();
	}

	/** The units of every assignment in the unit's own text, each once per role, in order. */
	private static List<UnitMention> units(Unit unit) {
		var mentions = new LinkedHashSet<UnitMention>();
		var seen = new HashSet<String>();
		for (var group : parenthesised(unit.text())) {
			AssignmentParser.parse(group).ifPresent(found -> found.stream()
				.filter(mention -> seen.add(mention.role() + "\t" + mention.asWritten()))
				.forEach(mentions::add));
		}
		return List.copyOf(mentions);
	}

	/** The contents of the outermost round brackets, half- or full-width, nested ones kept inside. */
	private static List<Written> parenthesised(Written text) {
		var groups = new ArrayList<Written>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.folded().charAt(i);
			if (c == '(' || c == '（') {
				if (depth++ == 0) {
					start = i + 1;
				}
			}
			else if ((c == ')' || c == '）') && depth > 0 && --depth == 0) {
				groups.add(text.sub(start, i));
			}
		}
		return groups;
	}

	private static List<ParsedDocument.Part> parts(Unit root) {
		return root.children.stream()
			.filter(unit -> unit.level == Level.PART)
			.map(part -> new ParsedDocument.Part(heading(part), part.children.stream()
				.filter(child -> child.level == Level.SECTION)
				.map(PolicyDocumentParser::heading)
				.toList()))
			.toList();
	}

}
