package org.integritygraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Post;
import org.integritygraph.report.AccountabilitySource.ResponsibilityKey;
import org.integritygraph.report.ReportAccountability.ReportAnswer;
import org.integritygraph.graph.Viewer;
import org.integritygraph.trace.ActKind;
import org.integritygraph.trace.AnswerBasis;
import org.integritygraph.trace.Answerable;
import org.integritygraph.trace.ChainStep;
import org.integritygraph.trace.Holding;
import org.integritygraph.trace.LeadershipChain;
import org.integritygraph.trace.PhaseResponsibility;
import org.integritygraph.trace.TraceService;

import org.springframework.stereotype.Component;

/**
 * The tracing answers of a report from the tracing feature ({@link TraceService}): who held each
 * responsible post of a phase with the leadership chain then ({@code projectAccountability}), and who
 * answered for a commitment then and answers now ({@code responsibilityTrace}).
 */
@Component
class TraceAccountabilitySource implements AccountabilitySource {

	private static final List<ActKind> ACT_ORDER = List.of(ActKind.SIGNED, ActKind.MADE, ActKind.FELL_DUE,
			ActKind.DECIDED, ActKind.PARTY, ActKind.AGAINST, ActKind.RESPONSIBLE);

	private static final List<AnswerBasis> BASIS_ORDER = List.of(AnswerBasis.HELD_POST, AnswerBasis.PRINCIPAL_POST,
			AnswerBasis.RESPONSIBLE_POST);

	private final TraceService trace;

	TraceAccountabilitySource(TraceService trace) {
		this.trace = trace;
	}

	@Override
	public Map<ResponsibilityKey, List<ReportHolder>> phaseHolders(Viewer viewer, String projectId, LocalDate at) {
		var holders = new LinkedHashMap<ResponsibilityKey, List<ReportHolder>>();
		this.trace.as(viewer).projectAccountability(projectId, at).ifPresent(project -> project.phases().forEach(phase -> {
			for (var responsibility : phase.responsibilities()) {
				holders.put(new ResponsibilityKey(phase.phase().id(), responsibility.role(), targetId(responsibility),
						responsibility.from()), holders(responsibility));
			}
		}));
		return holders;
	}

	private static String targetId(PhaseResponsibility responsibility) {
		return (responsibility.post() != null) ? responsibility.post().id() : responsibility.person().id();
	}

	private static List<ReportHolder> holders(PhaseResponsibility responsibility) {
		return responsibility.holders()
			.stream()
			.map(holder -> new ReportHolder(person(holder.person()), post(holder.post(), holder.body()),
					holder.tenureFrom(), holder.tenureTo(), holder.overlapFrom(), holder.overlapTo(),
					superiors(holder.chain())))
			.sorted(Comparator.comparing(ReportHolder::overlapFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(h -> h.person().id()))
			.toList();
	}

	/** The chain above the post: the trace's chain starts with the post itself. */
	private static List<ReportChainStep> superiors(LeadershipChain chain) {
		if (chain == null) {
			return List.of();
		}
		return chain.steps().stream().skip(1).map(TraceAccountabilitySource::step).toList();
	}

	private static ReportChainStep step(ChainStep step) {
		return new ReportChainStep(post(step.post(), step.body()), tenures(step.holders()));
	}

	@Override
	public ReportAccountability commitment(Viewer viewer, String commitmentId, LocalDate at) {
		return this.trace.as(viewer).responsibilityTraceOfCommitment(commitmentId, at).map(trace -> {
			// The signer's posts first, then the maker's (when made, when due), then the posts answering for the
			// phase the act fell in; a post held by the same persons on several grounds is listed once.
			var then = new LinkedHashMap<List<String>, Map.Entry<ActKind, Answerable>>();
			trace.acts()
				.stream()
				.flatMap(act -> act.answerable().stream().map(answerable -> Map.entry(act.kind(), answerable)))
				.sorted(Comparator.comparing((Map.Entry<ActKind, Answerable> e) -> order(ACT_ORDER, e.getKey()))
					.thenComparing(e -> order(BASIS_ORDER, e.getValue().basis()))
					.thenComparing(e -> e.getValue().on(), Comparator.nullsLast(Comparator.naturalOrder())))
				.forEach(entry -> then.putIfAbsent(postAndHolders(entry.getValue()), entry));
			// Now, in the same order: who answers today for each of those posts, then anybody else.
			var now = new LinkedHashMap<String, ReportAnswer>();
			then.values()
				.stream()
				.map(Map.Entry::getValue)
				.flatMap(answerable -> (answerable.today() != null) ? answerable.today().stream() : Stream.empty())
				.forEach(today -> now.putIfAbsent(today.post().id(), answer(null, today)));
			trace.answerableToday().forEach(today -> now.putIfAbsent(today.post().id(), answer(null, today)));
			return new ReportAccountability(
					then.values().stream().map(entry -> answer(entry.getKey(), entry.getValue())).toList(),
					List.copyOf(now.values()));
		}).orElseGet(() -> new ReportAccountability(List.of(), List.of()));
	}

	private static List<String> postAndHolders(Answerable answerable) {
		var key = new ArrayList<String>();
		key.add(answerable.post().id());
		answerable.holders().stream().map(h -> h.person().id()).sorted().forEach(key::add);
		return key;
	}

	/** Known values in their order, anything newer after them. */
	private static <T> int order(List<T> known, T value) {
		int index = known.indexOf(value);
		return (index < 0) ? known.size() : index;
	}

	private static ReportAnswer answer(ActKind act, Answerable answerable) {
		return new ReportAnswer(answerable.basis().name(), (act != null) ? act.name() : null, answerable.on(),
				post(answerable.post(), answerable.body()), tenures(answerable.holders()));
	}

	private static List<ReportTenure> tenures(List<Holding> holdings) {
		return holdings.stream()
			.map(h -> new ReportTenure(person(h.person()), h.tenureFrom(), h.tenureTo()))
			.sorted(Comparator.comparing(ReportTenure::from, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(t -> t.person().id()))
			.toList();
	}

	private static Ref person(Person person) {
		return new Ref("PERSON", person.id(), person.name(), person.nameEn());
	}

	private static ReportPost post(Post post, Body body) {
		if (post == null) {
			return null;
		}
		return new ReportPost(post.id(), post.title(), post.titleEn(), post.principal(),
				(body != null) ? new Ref("BODY", body.id(), body.name(), body.nameEn()) : null);
	}

}
