package org.integritygraph.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Person;
import org.integritygraph.monitoring.MonitoringResult.WarningResult;
import org.integritygraph.trace.ActKind;
import org.integritygraph.trace.ActTrace;
import org.integritygraph.trace.AnswerBasis;
import org.integritygraph.trace.Answerable;
import org.integritygraph.trace.Holding;
import org.integritygraph.trace.TraceService;

import org.springframework.stereotype.Component;

/**
 * Who answers for a warning today, from the accountability traces ({@link TraceService}, its public methods only):
 * for a commitment, the principal post of the body bound when it fell due, followed to today through tenure
 * changes and reorganisations; for a record, the principal post of the body it is against, likewise; for overdue
 * objections, today's holders of the issuing body's principal post.
 */
@Component
class WhoAnswersNow {

	private static final String PRINCIPAL_POSTS = """
			MATCH (post:Post {principal: true})-[:IN]->(:Body {id: $bodyId})
			RETURN post.id AS id ORDER BY post.id""";

	private final TraceService traces;

	private final GraphReader reader;

	WhoAnswersNow(TraceService traces, GraphReader reader) {
		this.traces = traces;
		this.reader = reader;
	}

	/**
	 * Who answers for each warning: the warnings of one body share the answer, traced once from the first of them
	 * (its fact, or the body).
	 */
	Map<WarningResult, List<ResponsibleNow>> of(Collection<WarningResult> warnings) {
		var traced = new HashMap<String, List<ResponsibleNow>>();
		var result = new LinkedHashMap<WarningResult, List<ResponsibleNow>>();
		for (var warning : warnings) {
			result.put(warning, traced.computeIfAbsent(warning.bodyId(), k -> of(first(warnings, warning.bodyId()))));
		}
		return result;
	}

	/** The body's warning that says the most about who answers: the first with a fact to trace. */
	private static WarningResult first(Collection<WarningResult> warnings, String bodyId) {
		var ofBody = warnings.stream().filter(w -> w.bodyId().equals(bodyId)).toList();
		return ofBody.stream().filter(w -> w.answerFor() != null).findFirst().orElse(ofBody.getFirst());
	}

	List<ResponsibleNow> of(WarningResult warning) {
		var fact = warning.answerFor();
		if (fact != null) {
			var traced = "COMMITMENT".equals(fact.type()) ? fromCommitment(fact.id()) : fromRecord(fact.id());
			if (!traced.isEmpty()) {
				return traced;
			}
		}
		return principalNow(warning.bodyId());
	}

	private List<ResponsibleNow> fromCommitment(String commitmentId) {
		return this.traces.responsibilityTraceOfCommitment(commitmentId, null)
			.map(trace -> {
				var due = now(trace.acts().stream().filter(act -> act.kind() == ActKind.FELL_DUE).toList());
				return due.isEmpty() ? now(trace.acts().stream().filter(act -> act.kind() == ActKind.MADE).toList()) : due;
			})
			.orElse(List.of());
	}

	private List<ResponsibleNow> fromRecord(String recordId) {
		return this.traces.responsibilityTraceOfRecord(recordId, null)
			.map(trace -> now(trace.acts()
				.stream()
				.filter(act -> act.kind() == ActKind.AGAINST && act.actor() instanceof Body)
				.toList()))
			.orElse(List.of());
	}

	/** Today's answers for the principal posts that answered for the acts. */
	private static List<ResponsibleNow> now(List<ActTrace> acts) {
		var answers = new LinkedHashMap<String, ResponsibleNow>();
		for (var act : acts) {
			for (var then : act.answerable()) {
				if (then.basis() != AnswerBasis.PRINCIPAL_POST || then.today() == null) {
					continue;
				}
				for (Answerable now : then.today()) {
					answers.putIfAbsent(now.post().id(), new ResponsibleNow(now.post(), now.body(), persons(now.holders()),
							now.vacant(), now.basis().name(), now.reason()));
				}
			}
		}
		return List.copyOf(answers.values());
	}

	private List<ResponsibleNow> principalNow(String bodyId) {
		var answers = new LinkedHashMap<String, ResponsibleNow>();
		for (var postId : this.reader.list(PRINCIPAL_POSTS, Map.of("bodyId", bodyId), row -> row.get("id").asString())) {
			this.traces.leadershipChainOfPost(postId, null).ifPresent(trace -> trace.chains().forEach(chain -> {
				var step = chain.steps().getFirst();
				answers.putIfAbsent(step.post().id(), new ResponsibleNow(step.post(), step.body(), persons(step.holders()),
						step.vacant(), AnswerBasis.PRINCIPAL_POST.name(),
						"%s is the principal post (主要负责人) of the body that must act".formatted(step.post().title())));
			}));
		}
		return List.copyOf(answers.values());
	}

	private static List<Person> persons(List<Holding> holders) {
		return holders.stream().map(Holding::person).distinct().toList();
	}

}
