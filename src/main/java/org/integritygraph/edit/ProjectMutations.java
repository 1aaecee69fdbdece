package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Lifecycles;
import org.integritygraph.model.PhaseStage;
import org.integritygraph.model.ProjectKind;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Projects: entering the next phase (PPP: 识别 → 准备 → 采购 → 执行 → 移交; government investment: 立项 → 建设 →
 * 验收 → 运营), assigning and ending the responsibilities for a phase (政府方责任人), recording major decisions
 * (重大决策) with their 文号.
 */
@Controller
class ProjectMutations {

	private static final String[] INPUT = { "input" };

	private final Mutations mutations;

	ProjectMutations(Mutations mutations) {
		this.mutations = mutations;
	}

	record EnterPhaseInput(String projectId, String stage, LocalDate on, String phaseId, String reason,
			Integer expectedVersion, String idempotencyKey) {
	}

	record AssignResponsibilityInput(String phaseId, String postId, String personId, String role, LocalDate from,
			String reason, String idempotencyKey) {
	}

	record EndResponsibilityInput(String phaseId, String postId, String personId, String role, LocalDate to,
			String reason, Integer expectedVersion, String idempotencyKey) {
	}

	record RecordDecisionInput(String id, String projectId, String docNo, String title, LocalDate decidedOn,
			String summary, List<String> decidedByIds, String reason, String idempotencyKey) {
	}

	@MutationMapping
	Map<String, Object> enterPhase(@Argument EnterPhaseInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("enterPhase", input.reason(), true, input.idempotencyKey()), edit -> {
			var project = edit.require(input.projectId(), new String[] { "input", "projectId" }, GraphModel.PROJECT);
			edit.stopIfFailed();
			edit.checkVersion(project.version(), input.expectedVersion(), project.describe());
			var stages = Lifecycles.stagesOf(ProjectKind.valueOf(project.text("kind")));
			var stage = PhaseStage.valueOf(input.stage());
			if (!stages.contains(stage)) {
				edit.error(UserErrorCode.ILLEGAL_TRANSITION, "A %s project goes through %s, not %s.".formatted(
						project.text("kind"), stages, stage), "input", "stage");
			}
			var phases = edit.from(GraphModel.HAS_PHASE, project.id())
				.stream()
				.map(link -> edit.find(link.endId()).orElseThrow())
				.toList();
			var reached = phases.stream()
				.map(phase -> PhaseStage.valueOf(phase.text("stage")))
				.filter(stages::contains)
				.mapToInt(stages::indexOf)
				.max();
			if (stages.contains(stage) && reached.isPresent() && stages.indexOf(stage) <= reached.getAsInt()) {
				edit.error(UserErrorCode.ILLEGAL_TRANSITION, "The project has reached %s already; phases follow %s."
					.formatted(stages.get(reached.getAsInt()), stages), "input", "stage");
			}
			var current = phases.stream().filter(phase -> phase.date("to") == null).findFirst();
			if (current.isPresent() && !input.on().isAfter(current.get().date("from"))) {
				edit.error(UserErrorCode.DATE_ORDER, "The current phase began on %s: the next one begins after it."
					.formatted(current.get().date("from")), "input", "on");
			}
			edit.stopIfFailed();
			if (current.isPresent()) {
				edit.result("previous", edit.updateNode(current.get(), Map.of("to", input.on())));
			}
			var values = new LinkedHashMap<String, Object>();
			values.put("stage", stage.name());
			values.put("from", input.on());
			var phase = ModelEdits.createNode(edit, GraphModel.PHASE, input.phaseId(), values, INPUT);
			ModelEdits.createRelationship(edit, GraphModel.HAS_PHASE, project.id(), phase.id(), Map.of(), INPUT);
			edit.result("phase", phase);
			edit.result("project", edit.advance(project, Map.of("phase", stage.name())));
		});
	}

	@MutationMapping
	Map<String, Object> assignResponsibility(@Argument AssignResponsibilityInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("assignResponsibility", input.reason(), true,
				input.idempotencyKey()), edit -> {
					var phase = edit.require(input.phaseId(), new String[] { "input", "phaseId" }, GraphModel.PHASE);
					var otherId = postOrPerson(edit, input.postId(), input.personId());
					edit.stopIfFailed();
					var from = (input.from() != null) ? input.from() : phase.date("from");
					var phaseTo = phase.date("to");
					if (from.isBefore(phase.date("from")) || (phaseTo != null && !from.isBefore(phaseTo))) {
						edit.error(UserErrorCode.DATE_ORDER, "%s is outside the phase [%s, %s).".formatted(from,
								phase.date("from"), (phaseTo != null) ? phaseTo : "…"), "input", "from");
						edit.stopIfFailed();
					}
					var values = new HashMap<String, Object>();
					values.put("role", input.role());
					values.put("from", from);
					edit.result("responsibility", ModelEdits.createRelationship(edit, GraphModel.RESPONSIBLE,
							phase.id(), otherId, values, INPUT));
				});
	}

	@MutationMapping
	Map<String, Object> endResponsibility(@Argument EndResponsibilityInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("endResponsibility", input.reason(), true,
				input.idempotencyKey()), edit -> {
					edit.require(input.phaseId(), new String[] { "input", "phaseId" }, GraphModel.PHASE);
					var otherId = postOrPerson(edit, input.postId(), input.personId());
					edit.stopIfFailed();
					var open = edit.between(GraphModel.RESPONSIBLE, input.phaseId(), otherId)
						.stream()
						.filter(r -> Objects.equals(r.properties().get("role"), input.role()) && r.date("to") == null)
						.findFirst();
					if (open.isEmpty()) {
						edit.error(UserErrorCode.NOT_FOUND, "%s has no open %s responsibility for %s.".formatted(otherId,
								input.role(), input.phaseId()), "input", "role");
						edit.stopIfFailed();
					}
					edit.result("responsibility", ModelEdits.endRelationship(edit, open.get(), input.expectedVersion(),
							input.to(), INPUT));
				});
	}

	@MutationMapping
	Map<String, Object> recordDecision(@Argument RecordDecisionInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("recordDecision", input.reason(), true, input.idempotencyKey()),
				edit -> {
					var project = edit.require(input.projectId(), new String[] { "input", "projectId" },
							GraphModel.PROJECT);
					if (input.docNo() == null || input.docNo().isBlank()) {
						edit.error(UserErrorCode.REQUIRED, "A major decision is recorded with its 文号 (docNo).", "input",
								"docNo");
					}
					if (input.decidedByIds().isEmpty()) {
						edit.error(UserErrorCode.REQUIRED, "Say who took the decision.", "input", "decidedByIds");
					}
					edit.checkNotFuture(input.decidedOn(), "input", "decidedOn");
					edit.stopIfFailed();
					var values = new LinkedHashMap<String, Object>();
					values.put("docNo", input.docNo());
					values.put("title", input.title());
					values.put("decidedOn", input.decidedOn());
					values.put("summary", input.summary());
					var decision = ModelEdits.createNode(edit, GraphModel.DECISION, input.id(), values, INPUT);
					ModelEdits.createRelationship(edit, GraphModel.ON, decision.id(), project.id(), Map.of(), INPUT);
					for (int i = 0; i < input.decidedByIds().size(); i++) {
						ModelEdits.createRelationship(edit, GraphModel.DECIDED_BY, decision.id(),
								input.decidedByIds().get(i), Map.of(), "input", "decidedByIds", String.valueOf(i));
					}
					edit.result("decision", decision);
				});
	}

	/** The id of the post or the person given (exactly one). */
	private static String postOrPerson(Edit edit, String postId, String personId) {
		if ((postId == null) == (personId == null)) {
			edit.error(UserErrorCode.INVALID_VALUE, "Give either a postId or a personId.", "input", "postId");
			return null;
		}
		if (postId != null) {
			edit.require(postId, new String[] { "input", "postId" }, GraphModel.POST);
			return postId;
		}
		edit.require(personId, new String[] { "input", "personId" }, GraphModel.PERSON);
		return personId;
	}

}
