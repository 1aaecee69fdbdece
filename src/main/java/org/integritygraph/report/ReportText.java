package org.integritygraph.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Company;
import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;
import org.integritygraph.trace.ActKind;
import org.integritygraph.trace.Answerable;
import org.integritygraph.trace.ChainStep;
import org.integritygraph.trace.Holding;
import org.integritygraph.trace.LeadershipChain;
import org.integritygraph.trace.Period;
import org.integritygraph.trace.PhaseResponsibility;
import org.integritygraph.trace.ResponsibilityTrace;

import org.springframework.context.MessageSource;

/**
 * How a report says things in one language: labels (from {@code report/messages*.properties}),
 * enumeration names, dates (ISO, the same in every language), periods, money, names and the tracing answers
 * (holders with their dates, chains, who answers). The templates, the Markdown writer and the diagram all speak
 * through it.
 */
public final class ReportText {

	private static final String DASH = "—";

	private final MessageSource messages;

	private final ReportLanguage language;

	ReportText(MessageSource messages, ReportLanguage language) {
		this.messages = messages;
		this.language = language;
	}

	/** A post that answered for an act of a commitment then, and the act. */
	public record ThenAnswer(ActKind act, Answerable answer) {
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
	public String label(String kind, Object value) {
		if (value == null) {
			return DASH;
		}
		return this.messages.getMessage(kind + "." + value, null, value.toString(), this.language.locale());
	}

	/** Why a post answered for an act then: {@code 签字 · 当时所任职务}. */
	public String answerBasis(ThenAnswer then) {
		return label("act", then.act()) + " · " + label("basis", then.answer().basis());
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

	/** The name of a body, person or company (English when asked for and known); a title or id otherwise. */
	public String name(Entity entity) {
		return switch (entity) {
			case null -> DASH;
			case Body b -> pick(b.name(), b.nameEn());
			case Person p -> pick(p.name(), p.nameEn());
			case Company c -> pick(c.name(), c.nameEn());
			case Post p -> title(p);
			default -> entity.id();
		};
	}

	public String names(List<? extends Entity> entities) {
		if (entities == null || entities.isEmpty()) {
			return DASH;
		}
		return String.join(separator(), entities.stream().map(this::name).toList());
	}

	public String title(Post post) {
		return (post == null) ? DASH : pick(post.title(), post.titleEn());
	}

	/** A post with its body: {@code 青禾市住房和城乡建设局 局长} / {@code Director, Qinghe ...}. */
	public String postOf(Post post, Body body) {
		if (post == null) {
			return DASH;
		}
		if (body == null) {
			return title(post);
		}
		return english() ? title(post) + ", " + name(body) : name(body) + " " + title(post);
	}

	/** The post of a chain step with its body. */
	public String postOf(ChainStep step) {
		return postOf(step.post(), step.body());
	}

	/** The post of an answer with its body. */
	public String postOf(Answerable answer) {
		return postOf(answer.post(), answer.body());
	}

	/** Who held a post: names, or "空缺" when nobody did. */
	public String holderNames(List<Holding> holdings) {
		if (holdings == null || holdings.isEmpty()) {
			return msg("common.vacant");
		}
		return String.join(separator(), holdings.stream().map(h -> name(h.person())).distinct().toList());
	}

	/**
	 * Who held a post in a period, each with the days of the period they held it, and the vacancies:
	 * {@code 孙雅琴(2019-01-01 至 2021-06-30)、郑凯(2021-06-30 至今)}.
	 */
	public String holders(List<Holding> holdings, List<Period> vacancies) {
		var parts = new ArrayList<String>();
		holdings.forEach(h -> parts.add(name(h.person()) + open() + period(h.overlapFrom(), h.overlapTo()) + close()));
		if (vacancies != null) {
			vacancies.forEach(v -> parts.add(msg("common.vacant") + open() + period(v.from(), v.to()) + close()));
		}
		return parts.isEmpty() ? msg("common.vacant") : String.join(separator(), parts);
	}

	/** Who answered for a phase responsibility, each with the days they did, and its vacancies. */
	public String holders(PhaseResponsibility responsibility) {
		var parts = new ArrayList<String>();
		responsibility.holders()
			.forEach(h -> parts.add(name(h.person()) + open() + period(h.overlapFrom(), h.overlapTo()) + close()));
		responsibility.vacancies()
			.forEach(v -> parts.add(msg("common.vacant") + open() + period(v.from(), v.to()) + close()));
		return parts.isEmpty() ? msg("common.vacant") : String.join(separator(), parts);
	}

	/** A chain step's holders with their dates, and its vacancies. */
	public String holders(ChainStep step) {
		return holders(step.holders(), step.vacancies());
	}

	/** The vacancies of a period: {@code 空缺 2020-01-20 至 2020-05-06}. */
	public String vacancies(List<Period> vacancies) {
		if (vacancies == null || vacancies.isEmpty()) {
			return "";
		}
		return msg("common.vacant") + " " + String.join(separator(),
				vacancies.stream().map(v -> period(v.from(), v.to())).toList());
	}

	/** The steps of a chain above its first post (the post answering), bottom up. */
	public List<ChainStep> above(LeadershipChain chain) {
		return (chain == null || chain.steps().size() < 2) ? List.of() : chain.steps().subList(1, chain.steps().size());
	}

	/**
	 * The leadership chain above a post, bottom up, each holder with the dates:
	 * {@code 青禾市人民政府 分管副市长 陈立(…)、王芳(…) → 青禾市人民政府 市长 林木(…)}.
	 */
	public String chain(LeadershipChain chain) {
		var steps = above(chain);
		if (steps.isEmpty()) {
			return DASH;
		}
		return String.join(" → ", steps.stream().map(step -> postOf(step) + " " + holders(step)).toList());
	}

	/**
	 * Who answered for a commitment then: the posts of its trace's acts, in the order of the acts, each post
	 * with the same holders once.
	 */
	public List<ThenAnswer> then(ResponsibilityTrace trace) {
		var seen = new LinkedHashMap<List<String>, ThenAnswer>();
		for (var act : trace.acts()) {
			for (var answer : act.answerable()) {
				var key = new ArrayList<String>();
				key.add(answer.post().id());
				answer.holders().forEach(h -> key.add(h.person().id()));
				seen.putIfAbsent(key, new ThenAnswer(act.kind(), answer));
			}
		}
		return List.copyOf(seen.values());
	}

	public String sources(List<Document> sources) {
		if (sources == null || sources.isEmpty()) {
			return DASH;
		}
		return String.join(separator(), sources.stream().map(this::source).toList());
	}

	public String source(Document source) {
		var title = english() ? "“" + source.title() + "”" : "《" + source.title() + "》";
		return (source.docNo() == null) ? title : title + " " + source.docNo();
	}

	/** What a record concerns: its kind of fact and its title or name. */
	public String concern(Entity concern) {
		var type = switch (concern) {
			case org.integritygraph.model.entity.Project p -> "PROJECT";
			case org.integritygraph.model.entity.Decision d -> "DECISION";
			case org.integritygraph.model.entity.Contract c -> "CONTRACT";
			case org.integritygraph.model.entity.Commitment c -> "COMMITMENT";
			default -> null;
		};
		var title = switch (concern) {
			case org.integritygraph.model.entity.Project p -> pick(p.name(), p.nameEn());
			case org.integritygraph.model.entity.Decision d -> (d.docNo() != null) ? d.docNo() + " " + d.title() : d.title();
			case org.integritygraph.model.entity.Contract c -> c.title();
			case org.integritygraph.model.entity.Commitment c -> c.title();
			default -> concern.id();
		};
		return (type != null) ? label("fact", type) + ": " + title : title;
	}

	public String orNone(String text) {
		return (text == null || text.isBlank()) ? msg("common.none") : text;
	}

	private String pick(String chinese, String english) {
		return (english() && english != null) ? english : chinese;
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
