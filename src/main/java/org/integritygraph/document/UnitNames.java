package org.integritygraph.document;

import org.integritygraph.graph.ChineseScript;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms of a unit's name that resolution compares: the normal form (simplified characters, no
 * white space, one kind of bracket), the full name within a jurisdiction (市财政局 in a 中卫市 document
 * is 中卫市财政局) and the canonical form that the abbreviation rules give (发展和改革委员会, 发展改革局 and
 * 发改委 are all 发改; 人力资源和社会保障局 and 人社局 are 人社; 人民政府办公室, 政府办 and 府办 are 政府办).
 */
final class UnitNames {

	/** Abbreviation rules: each alternative becomes the canonical word, longest forms first. */
	private static final List<Map.Entry<Pattern, String>> RULES = List.of(
			rule("^中共", ""), // 中共中卫市委组织部 = 中卫市委组织部
			rule("人民政府办公室|人民政府办|政府办公室|政府办|(?<!政)府办公室|(?<!政)府办", "政府办"),
			rule("人民政府", "政府"),
			rule("发展和改革委员会|发展改革委员会|发展和改革局|发展改革局|发展和改革委|发展改革委|发改委|发改局", "发改"),
			rule("人力资源和社会保障局|人力资源社会保障局|人力资源和社会保障委员会|人社局", "人社"),
			rule("住房和城乡建设局|住房城乡建设局|住房和城乡建设委员会|住房城乡建设委|住建局|住建委", "住建"),
			rule("纪律检查委员会", "纪委"), rule("监察委员会|监察委", "监委"),
			rule("中级人民法院|人民法院|中院", "法院"),
			rule("卫生和计划生育委员会|卫生和计划生育局|卫生计生委|卫生计生局|卫计委|卫计局", "卫计"),
			rule("国有资产监督管理委员会", "国资委"), rule("经济和信息化局|经济和信息化委员会|经信局|经信委", "经信"),
			rule("工商行政管理局|工商局", "工商"), rule("文化广电新闻出版局|文广新局", "文广新"),
			rule("政法委员会", "政法委"), rule("市场监督管理局|市场监管局", "市场监管"),
			rule("交通运输局|交通局", "交通"), rule("公共资源交易中心|公共资源交易管理中心", "公共资源交易中心"));

	/** The characters a place name ends with: 省, 市, 区, 县 … */
	private static final String PLACE_ENDINGS = "省市区县州旗盟镇乡";

	private static final Pattern ALIAS_IN_BRACKETS = Pattern.compile("^(.+?)\\((.+)\\)$");

	private UnitNames() {
	}

	private static Map.Entry<Pattern, String> rule(String forms, String canonical) {
		return Map.entry(Pattern.compile(forms), canonical);
	}

	/** Simplified characters, no white space, round brackets for every kind. */
	static String normal(String name) {
		var simplified = ChineseScript.simplified(name);
		var normal = new StringBuilder();
		simplified.codePoints().forEach(c -> {
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				normal.appendCodePoint(switch (c) {
					case '（', '〈', '<', '《', '[', '【', '〔' -> '(';
					case '）', '〉', '>', '》', ']', '】', '〕' -> ')';
					default -> c;
				});
			}
		});
		return normal.toString();
	}

	/** The canonical form of a normal name: every abbreviation rule applied. */
	static String canonical(String normalName) {
		var name = normalName;
		for (var rule : RULES) {
			name = rule.getKey().matcher(name).replaceAll(rule.getValue());
		}
		return name;
	}

	/**
	 * The names to try for a unit as written: itself, then, for {@code 区府办(区电子政务办)}, the name
	 * and its alias in brackets.
	 */
	static List<String> tries(String normalName) {
		var matcher = ALIAS_IN_BRACKETS.matcher(normalName);
		return matcher.matches() ? List.of(matcher.group(1), matcher.group(2), normalName) : List.of(normalName);
	}

	/**
	 * The full names a unit may stand for within a jurisdiction of these places: 市财政局 → 中卫市财政局;
	 * 区人社局 or 人社局 → 河西区人社局; a name that starts with a place stays as it is.
	 */
	static Set<String> withinPlaces(String normalName, List<String> places) {
		var names = new LinkedHashSet<String>();
		names.add(normalName);
		if (places.stream().anyMatch(normalName::startsWith)) {
			return names;
		}
		for (var place : places) {
			var level = place.charAt(place.length() - 1);
			if (normalName.charAt(0) == level) {
				names.add(place + normalName.substring(1));
			}
			else if (PLACE_ENDINGS.indexOf(normalName.charAt(0)) < 0) {
				names.add(place + normalName);
			}
		}
		return names;
	}

	/** The place of a government's or an issuer's name: 中卫市人民政府 → 中卫市; 青禾市河西区人民政府 → 青禾市河西区. */
	static String placeOf(String organName) {
		var name = normal(organName);
		var government = name.indexOf("人民政府");
		if (government > 0) {
			return name.substring(0, government);
		}
		for (int i = 0; i < name.length(); i++) {
			if (PLACE_ENDINGS.indexOf(name.charAt(i)) >= 0 && i > 0) {
				// the place ends before the organ's own name starts: 中卫市财政局 → 中卫市
				return name.substring(0, i + 1);
			}
		}
		return null;
	}

	/**
	 * The places a jurisdiction's units may be named after: the whole place and its last level
	 * (青禾市河西区 → 青禾市河西区, 河西区; 宁夏回族自治区中卫市 → …, 中卫市).
	 */
	static List<String> placesOf(String place) {
		if (place == null || place.isEmpty()) {
			return List.of();
		}
		var places = new LinkedHashSet<String>();
		places.add(place);
		for (int i = place.length() - 2; i > 0; i--) {
			if (PLACE_ENDINGS.indexOf(place.charAt(i)) >= 0) {
				places.add(place.substring(i + 1));
				break;
			}
		}
		return List.copyOf(places);
	}

}
