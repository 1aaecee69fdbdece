package org.integritygraph.report;

import org.integritygraph.graph.InvalidArgumentException;

import java.util.Locale;

/** The languages a report is written in; Chinese is the default. */
public enum ReportLanguage {

	ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
	EN(Locale.ENGLISH, "en");

	private final Locale locale;

	private final String tag;

	ReportLanguage(Locale locale, String tag) {
		this.locale = locale;
		this.tag = tag;
	}

	public Locale locale() {
		return this.locale;
	}

	/** The HTML {@code lang} tag. */
	public String tag() {
		return this.tag;
	}

	/** {@code zh} or {@code en} (any case); null or blank means Chinese. */
	public static ReportLanguage of(String code) {
		if (code == null || code.isBlank()) {
			return ZH;
		}
		return switch (code.trim().toLowerCase(Locale.ROOT)) {
			case "zh", "zh-cn", "zh_cn" -> ZH;
			case "en" -> EN;
			default -> throw new InvalidArgumentException("lang", "Unknown report language '" + code + "': use zh or en");
		};
	}

}
