package org.integritygraph.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * How a report says things in one language: labels (from {@code report/messages*.properties}),
 * enumeration names, dates (ISO, the same in every language), periods, money and names. The templates,
 * the Markdown writer and the diagram all speak through it.
 */
public final class ReportText {

	private static final String DASH = "—";

	private final MessageSource messages;

	private final ReportLanguage language;

	ReportText(MessageSource messages, ReportLanguage language) {
		this.messages = messages;
		this.language = language;
	}

	public ReportLanguage language() {
		return this.language;
	}

	public boolean english() {
		return this.language == ReportLanguage.EN;
	}

	/** A label. */
	public String msg(String code, Object... args) {
		return this.messages.getMessage(code, args, this.language.locale());
	}

	/** The name of an enumeration value, e.g. {@code label("stage", "EXECUTION")}; the value itself if unknown. */
	public String label(String kind, String value) {
		if (value == null) {
			return DASH;
		}
		return this.messages.getMessage(kind + "." + value, null, value, this.language.locale());
	}

	/** Why a post answers: {@code 签字 · 当时所任职务}, or the basis alone for an answer "now". */
	public String answerBasis(ReportAccountability.ReportAnswer answer) {
		var basis = label("basis", answer.basis());
		return (answer.act() == null) ? basis : label("act", answer.act()) + " · " + basis;
	}

	public String date(LocalDate date) {
		return (date == null) ? DASH : date.toString();
	}

	/** A closed-open period: {@code 2019-06-01 至 2020-05-15}, or {@code 2020-05-15 至今} while open. */
	public String period(LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return DASH;
		}
		return (to == null) ? msg("common.since", date(from)) : msg("common.period", date(from), date(to));
	}

	/** {@code 350,000,000.00 元} or {@code CNY 350,000,000.00}. */
	public String money(Double amount, String currency) {
		if (amount == null) {
			return DASH;
		}
		var number = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
			.format(BigDecimal.valueOf(amount));
		var code = (currency == null) ? "CNY" : currency;
		if (!english() && code.equals("CNY")) {
			return number + " 元";
		}
		return code + " " + number;
	}

	public String name(Ref ref) {
		return (ref == null) ? DASH : ref.name(english());
	}

	public String names(List<Ref> refs) {
		if (refs == null || refs.isEmpty()) {
			return DASH;
		}
		return String.join(separator(), refs.stream().map(this::name).toList());
	}

	public String title(ReportPost post) {
		return (post == null) ? DASH : post.title(english());
	}

	/** A post with its body: {@code 青禾市住房和城乡建设局 局长} / {@code Director, Qinghe ...}. */
	public String postOf(ReportPost post) {
		if (post == null) {
			return DASH;
		}
		if (post.body() == null) {
			return title(post);
		}
		return english() ? title(post) + ", " + name(post.body()) : name(post.body()) + " " + title(post);
	}

	/** Who held a post: names, or "空缺" when nobody did. */
	public String holders(List<ReportTenure> tenures) {
		if (tenures == null || tenures.isEmpty()) {
			return msg("common.vacant");
		}
		return String.join(separator(), tenures.stream().map(t -> name(t.person())).distinct().toList());
	}

	/** Who held a post with their tenures: {@code 陈立(2017-01-01 至 2020-05-15)}. */
	public String tenures(List<ReportTenure> tenures) {
		if (tenures == null || tenures.isEmpty()) {
			return msg("common.vacant");
		}
		return String.join(separator(),
				tenures.stream().map(t -> name(t.person()) + open() + period(t.from(), t.to()) + close()).toList());
	}

	/** The leadership chain above a holder, bottom up: {@code 局长 赵强 → 分管副市长 陈立 → 市长 林木}. */
	public String chain(List<ReportChainStep> chain) {
		if (chain == null || chain.isEmpty()) {
			return DASH;
		}
		return String.join(" → ",
				chain.stream().map(step -> postOf(step.post()) + " " + holders(step.holders())).toList());
	}

	public String sources(List<SourceRef> sources) {
		if (sources == null || sources.isEmpty()) {
			return DASH;
		}
		return String.join(separator(), sources.stream().map(this::source).toList());
	}

	public String source(SourceRef source) {
		var title = english() ? "“" + source.title() + "”" : "《" + source.title() + "》";
		return (source.docNo() == null) ? title : title + " " + source.docNo();
	}

	public String orNone(String text) {
		return (text == null || text.isBlank()) ? msg("common.none") : text;
	}

	private String separator() {
		return english() ? ", " : "、";
	}

	private String open() {
		return english() ? " (" : "(";
	}

	private String close() {
		return english() ? ")" : ")";
	}

}
