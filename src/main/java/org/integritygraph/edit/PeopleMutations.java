package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.model.GraphModel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * People and posts: appointments (任职) and their end, and changes of the reporting line between posts (分管调整).
 * A post has one holder at a time and reports to one post at a time ({@code HELD} and {@code REPORTS_TO} are
 * exclusive in the model).
 */
@Controller
class PeopleMutations {

	private static final String[] INPUT = { "input" };

	/** Whether {@code $superiorId} reports, on {@code $on}, directly or not, to {@code $postId}. */
	private static final String REPORTS_UP_TO = """
			MATCH path = (:Post {id: $superiorId})-[:REPORTS_TO*1..30]->(:Post {id: $postId})
			WHERE all(r IN relationships(path) WHERE (r.from IS NULL OR r.from <= $on) AND (r.to IS NULL OR $on < r.to))
			RETURN count(path) > 0 AS cycle
			""";

	private final Mutations mutations;

	PeopleMutations(Mutations mutations) {
		this.mutations = mutations;
	}

	record AppointInput(String personId, String postId, LocalDate from, String reason, String idempotencyKey) {
	}

	record EndTenureInput(String personId, String postId, LocalDate to, String reason, Integer expectedVersion,
			String idempotencyKey) {
	}

	record ChangeReportingLineInput(String postId, String superiorId, LocalDate on, String reason,
			String idempotencyKey) {
	}

	@MutationMapping
	Map<String, Object> appoint(@Argument AppointInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("appoint", input.reason(), true, input.idempotencyKey()), edit -> {
			edit.require(input.personId(), new String[] { "input", "personId" }, GraphModel.PERSON);
			edit.require(input.postId(), new String[] { "input", "postId" }, GraphModel.POST);
			edit.stopIfFailed();
			edit.result("tenure", ModelEdits.createRelationship(edit, GraphModel.HELD, input.personId(),
					input.postId(), Map.of("from", input.from()), INPUT));
		});
	}

	@MutationMapping
	Map<String, Object> endTenure(@Argument EndTenureInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("endTenure", input.reason(), true, input.idempotencyKey()), edit -> {
			edit.require(input.personId(), new String[] { "input", "personId" }, GraphModel.PERSON);
			edit.require(input.postId(), new String[] { "input", "postId" }, GraphModel.POST);
			edit.stopIfFailed();
			var open = edit.between(GraphModel.HELD, input.personId(), input.postId())
				.stream()
				.filter(tenure -> tenure.date("to") == null)
				.findFirst();
			if (open.isEmpty()) {
				edit.error(UserErrorCode.NOT_FOUND, "%s holds %s in no open tenure.".formatted(input.personId(),
						input.postId()), "input", "postId");
				edit.stopIfFailed();
			}
			edit.result("tenure", ModelEdits.endRelationship(edit, open.get(), input.expectedVersion(), input.to(), INPUT));
		});
	}

	@MutationMapping
	Map<String, Object> changeReportingLine(@Argument ChangeReportingLineInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("changeReportingLine", input.reason(), true,
				input.idempotencyKey()), edit -> {
					var post = edit.require(input.postId(), new String[] { "input", "postId" }, GraphModel.POST);
					if (input.superiorId() != null) {
						edit.require(input.superiorId(), new String[] { "input", "superiorId" }, GraphModel.POST);
					}
					edit.stopIfFailed();
					var current = edit.from(GraphModel.REPORTS_TO, post.id())
						.stream()
						.filter(line -> line.date("to") == null || line.date("to").isAfter(input.on()))
						.findFirst();
					if (current.isPresent() && current.get().endId().equals(input.superiorId())) {
						edit.error(UserErrorCode.ILLEGAL_TRANSITION, "%s reports to %s already.".formatted(post.id(),
								input.superiorId()), "input", "superiorId");
					}
					if (input.superiorId() != null && (input.superiorId().equals(post.id()) || edit
						.query(REPORTS_UP_TO, Map.of("superiorId", input.superiorId(), "postId", post.id(), "on",
								input.on()))
						.getFirst()
						.get("cycle")
						.asBoolean())) {
						edit.error(UserErrorCode.CYCLE, "%s reports (directly or not) to %s on %s: the line would run in a circle."
							.formatted(input.superiorId(), post.id(), input.on()), "input", "superiorId");
					}
					edit.stopIfFailed();
					if (current.isPresent()) {
						var ended = current.get().date("to") != null
								? ModelEdits.updateRelationship(edit, current.get(), null, Map.of("to", input.on()), INPUT)
								: ModelEdits.endRelationship(edit, current.get(), null, input.on(), INPUT);
						edit.result("ended", ended);
					}
					if (input.superiorId() != null) {
						var values = new HashMap<String, Object>();
						values.put("from", input.on());
						edit.result("reportingLine", ModelEdits.createRelationship(edit, GraphModel.REPORTS_TO,
								post.id(), input.superiorId(), values, INPUT));
					}
				});
	}

}
