package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.model.CommitmentStatus;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Lifecycles;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Commitments (承诺) and their status: made by a body (PENDING), then fulfilled, overdue after the due date,
 * broken, or lawfully waived with a compensation decision (依法变更, 依法予以补偿). Each change is a
 * {@code CommitmentEvent}; a change the lifecycle ({@link Lifecycles}) does not allow is refused.
 */
@Controller
class CommitmentMutations {

	private static final String[] INPUT = { "input" };

	private static final String FOR_PROJECT = """
			MATCH (:Commitment {id: $id})-[:FOR|UNDER*1..2]->(p:Project)
			RETURN p.id AS id LIMIT 1
			""";

	private final Mutations mutations;

	CommitmentMutations(Mutations mutations) {
		this.mutations = mutations;
	}

	record CreateCommitmentInput(String id, String title, String text, String kind, LocalDate madeOn,
			LocalDate dueOn, Double amount, String currency, String madeById, String signedById, LocalDate signedOn,
			String contractId, String projectId, List<String> beneficiaryIds, String actor, String reason,
			String idempotencyKey) {
	}

	record CommitmentEventInput(String commitmentId, LocalDate on, String actor, String reason,
			Integer expectedVersion, String idempotencyKey) {
	}

	record CompensationDecisionInput(String id, String docNo, String title, LocalDate decidedOn, String summary,
			List<String> decidedByIds) {
	}

	record WaiveCommitmentInput(String commitmentId, LocalDate on, String actor, String reason,
			Integer expectedVersion, String idempotencyKey, CompensationDecisionInput compensation) {
	}

	@MutationMapping
	Map<String, Object> createCommitment(@Argument CreateCommitmentInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("createCommitment", input.reason(), true, input.idempotencyKey()),
				edit -> {
					var body = edit.require(input.madeById(), new String[] { "input", "madeById" }, GraphModel.BODY);
					edit.checkNotFuture(input.madeOn(), "input", "madeOn");
					edit.stopIfFailed();
					var values = new LinkedHashMap<String, Object>();
					values.put("title", input.title());
					values.put("text", input.text());
					values.put("kind", input.kind());
					values.put("madeOn", input.madeOn());
					values.put("dueOn", input.dueOn());
					values.put("amount", input.amount());
					values.put("currency", input.currency());
					var commitment = ModelEdits.createNode(edit, GraphModel.COMMITMENT, input.id(), values, INPUT);
					ModelEdits.createRelationship(edit, GraphModel.MADE, body.id(), commitment.id(), Map.of(), INPUT);
					if (input.signedById() != null) {
						var on = new HashMap<String, Object>();
						on.put("on", (input.signedOn() != null) ? input.signedOn() : input.madeOn());
						ModelEdits.createRelationship(edit, GraphModel.SIGNED_BY, commitment.id(), input.signedById(), on,
								INPUT);
					}
					if (input.contractId() != null) {
						ModelEdits.createRelationship(edit, GraphModel.UNDER, commitment.id(), input.contractId(),
								Map.of(), INPUT);
					}
					if (input.projectId() != null) {
						ModelEdits.createRelationship(edit, GraphModel.FOR, commitment.id(), input.projectId(), Map.of(),
								INPUT);
					}
					var beneficiaries = (input.beneficiaryIds() != null) ? input.beneficiaryIds() : List.<String>of();
					for (int i = 0; i < beneficiaries.size(); i++) {
						ModelEdits.createRelationship(edit, GraphModel.TO, commitment.id(), beneficiaries.get(i),
								Map.of(), "input", "beneficiaryIds", String.valueOf(i));
					}
					var event = Lifecycle.append(edit, commitment, GraphModel.COMMITMENT_EVENT,
							Lifecycle.events(edit, commitment.id()), event(CommitmentStatus.PENDING, input.madeOn(),
									(input.actor() != null) ? input.actor() : body.text("name"), input.reason()));
					edit.result("commitment", commitment);
					edit.result("event", event);
				});
	}

	@MutationMapping
	Map<String, Object> fulfilCommitment(@Argument CommitmentEventInput input, DataFetchingEnvironment env) {
		return change(env, "fulfilCommitment", input, CommitmentStatus.FULFILLED, null);
	}

	@MutationMapping
	Map<String, Object> markCommitmentOverdue(@Argument CommitmentEventInput input, DataFetchingEnvironment env) {
		return change(env, "markCommitmentOverdue", input, CommitmentStatus.OVERDUE, null);
	}

	@MutationMapping
	Map<String, Object> markCommitmentBroken(@Argument CommitmentEventInput input, DataFetchingEnvironment env) {
		return change(env, "markCommitmentBroken", input, CommitmentStatus.BROKEN, null);
	}

	@MutationMapping
	Map<String, Object> waiveCommitment(@Argument WaiveCommitmentInput input, DataFetchingEnvironment env) {
		var change = new CommitmentEventInput(input.commitmentId(), input.on(), input.actor(), input.reason(),
				input.expectedVersion(), input.idempotencyKey());
		return change(env, "waiveCommitment", change, CommitmentStatus.WAIVED, input.compensation());
	}

	/** A change of status: checks the lifecycle and the dates, appends the event, moves the status. */
	private Map<String, Object> change(DataFetchingEnvironment env, String name, CommitmentEventInput input,
			CommitmentStatus to, CompensationDecisionInput compensation) {
		return this.mutations.run(env, new Operation(name, input.reason(), true, input.idempotencyKey()), edit -> {
			var commitment = edit.require(input.commitmentId(), new String[] { "input", "commitmentId" },
					GraphModel.COMMITMENT);
			edit.stopIfFailed();
			edit.checkVersion(commitment.version(), input.expectedVersion(), commitment.describe());
			var from = CommitmentStatus.valueOf(commitment.text("status"));
			if (!Lifecycles.commitmentMayChange(from, to)) {
				edit.error(UserErrorCode.ILLEGAL_TRANSITION, "A commitment that is %s cannot become %s (only one that is %s)."
					.formatted(from, to, Lifecycles.commitmentStatusesAllowing(to).stream().map(Enum::name)
						.collect(Collectors.joining(" or "))), "input", "commitmentId");
			}
			var dueOn = commitment.date("dueOn");
			if (to == CommitmentStatus.OVERDUE && (dueOn == null || !input.on().isAfter(dueOn))) {
				edit.error(UserErrorCode.DATE_ORDER, (dueOn == null) ? "The commitment has no due date."
						: "It is due on %s: overdue from the day after.".formatted(dueOn), "input", "on");
			}
			var events = Lifecycle.events(edit, commitment.id());
			Lifecycle.checkDate(edit, input.on(), commitment.date("madeOn"), "date it was made", events);
			edit.stopIfFailed();
			var event = Lifecycle.append(edit, commitment, GraphModel.COMMITMENT_EVENT, events,
					event(to, input.on(), (input.actor() != null) ? input.actor() : this.mutations.actorName(env),
							input.reason()));
			if (compensation != null) {
				var decision = compensationDecision(edit, commitment, compensation);
				ModelEdits.createRelationship(edit, GraphModel.BASED_ON, event.id(), decision.id(), Map.of(), INPUT);
			}
			edit.result("commitment", edit.advance(commitment, Map.of("status", to.name())));
			edit.result("event", event);
		});
	}

	/** The decision that decides the compensation of a lawful change, on the commitment's project if any. */
	private static NodeState compensationDecision(Edit edit, NodeState commitment, CompensationDecisionInput input) {
		var path = new String[] { "input", "compensation" };
		if (input.docNo() == null || input.docNo().isBlank()) {
			edit.error(UserErrorCode.REQUIRED, "A lawful change names its compensation decision's 文号 (docNo).", "input",
					"compensation", "docNo");
		}
		edit.checkNotFuture(input.decidedOn(), "input", "compensation", "decidedOn");
		edit.stopIfFailed();
		var values = new LinkedHashMap<String, Object>();
		values.put("docNo", input.docNo());
		values.put("title", input.title());
		values.put("decidedOn", input.decidedOn());
		values.put("summary", input.summary());
		var decision = ModelEdits.createNode(edit, GraphModel.DECISION, input.id(), values, path);
		var deciders = (input.decidedByIds() != null && !input.decidedByIds().isEmpty()) ? input.decidedByIds()
				: edit.to(GraphModel.MADE, commitment.id()).stream().map(RelState::startId).toList();
		for (int i = 0; i < deciders.size(); i++) {
			ModelEdits.createRelationship(edit, GraphModel.DECIDED_BY, decision.id(), deciders.get(i), Map.of(), "input",
					"compensation", "decidedByIds", String.valueOf(i));
		}
		edit.query(FOR_PROJECT, Map.of("id", commitment.id()))
			.stream()
			.findFirst()
			.ifPresent(row -> ModelEdits.createRelationship(edit, GraphModel.ON, decision.id(),
					row.get("id").asString(), Map.of(), path));
		return decision;
	}

	private static Map<String, Object> event(CommitmentStatus status, LocalDate on, String actor, String reason) {
		var values = new HashMap<String, Object>();
		values.put("status", status.name());
		values.put("on", on);
		values.put("actor", actor);
		values.put("reason", reason);
		return values;
	}

}
