package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Lifecycles;
import org.integritygraph.model.RecordEventKind;
import org.integritygraph.model.RecordKind;
import org.integritygraph.model.RecordStatus;
import org.integritygraph.model.Severity;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The lifecycle of integrity records (政务失信记录 and 守信激励): record, objection (异议) filed, upheld or
 * rejected, correction, repair (信用修复) applied for and granted, exemption (容错免责), expiry of the disclosure
 * period. Each step is a {@code RecordEvent} with date, actor and reason; the record's status follows the
 * events as {@link Lifecycles} declares, and a step the lifecycle does not allow is refused.
 */
@Controller
class RecordMutations {

	private static final String[] INPUT = { "input" };

	private final Mutations mutations;

	RecordMutations(Mutations mutations) {
		this.mutations = mutations;
	}

	record CreateRecordInput(String id, String kind, String severity, String title, String docNo, LocalDate decidedOn,
			LocalDate disclosureUntil, String summary, List<String> againstIds, String issuerId, List<String> concernIds,
			String actor, String reason, String idempotencyKey) {
	}

	record RecordEventInput(String recordId, LocalDate on, String actor, String reason, Integer expectedVersion,
			String idempotencyKey) {
	}

	record CorrectRecordInput(String recordId, LocalDate on, String actor, String reason, Integer expectedVersion,
			String idempotencyKey, Map<String, Object> corrections) {
	}

	@MutationMapping
	Map<String, Object> createRecord(@Argument CreateRecordInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("createRecord", input.reason(), true, input.idempotencyKey()),
				edit -> {
					var issuer = edit.require(input.issuerId(), new String[] { "input", "issuerId" }, GraphModel.BODY);
					if (input.againstIds().isEmpty()) {
						edit.error(UserErrorCode.REQUIRED, "A record is against at least one body or person.", "input",
								"againstIds");
					}
					edit.checkNotFuture(input.decidedOn(), "input", "decidedOn");
					edit.stopIfFailed();
					var values = new LinkedHashMap<String, Object>();
					values.put("kind", input.kind());
					values.put("severity", input.severity());
					values.put("title", input.title());
					values.put("docNo", input.docNo());
					values.put("decidedOn", input.decidedOn());
					values.put("disclosureUntil", (input.disclosureUntil() != null) ? input.disclosureUntil()
							: defaultDisclosureUntil(input.decidedOn(), input.severity()));
					values.put("summary", input.summary());
					var record = ModelEdits.createNode(edit, GraphModel.RECORD, input.id(), values, INPUT);
					for (int i = 0; i < input.againstIds().size(); i++) {
						ModelEdits.createRelationship(edit, GraphModel.AGAINST, record.id(), input.againstIds().get(i),
								Map.of(), "input", "againstIds", String.valueOf(i));
					}
					ModelEdits.createRelationship(edit, GraphModel.ISSUED_BY, record.id(), issuer.id(), Map.of(), INPUT);
					var concerns = (input.concernIds() != null) ? input.concernIds() : List.<String>of();
					for (int i = 0; i < concerns.size(); i++) {
						ModelEdits.createRelationship(edit, GraphModel.CONCERNS, record.id(), concerns.get(i), Map.of(),
								"input", "concernIds", String.valueOf(i));
					}
					var event = Lifecycle.append(edit, record, GraphModel.RECORD_EVENT, Lifecycle.events(edit, record.id()),
							event(RecordEventKind.RECORDED, input.decidedOn(),
									(input.actor() != null) ? input.actor() : issuer.text("name"), input.reason()));
					edit.result("record", record);
					edit.result("event", event);
				});
	}

	@MutationMapping
	Map<String, Object> fileObjection(@Argument RecordEventInput input, DataFetchingEnvironment env) {
		return step(env, "fileObjection", input, RecordEventKind.OBJECTION_FILED, Map.of());
	}

	@MutationMapping
	Map<String, Object> upholdObjection(@Argument RecordEventInput input, DataFetchingEnvironment env) {
		return step(env, "upholdObjection", input, RecordEventKind.OBJECTION_UPHELD, Map.of());
	}

	@MutationMapping
	Map<String, Object> rejectObjection(@Argument RecordEventInput input, DataFetchingEnvironment env) {
		return step(env, "rejectObjection", input, RecordEventKind.OBJECTION_REJECTED, Map.of());
	}

	@MutationMapping
	Map<String, Object> correctRecord(@Argument CorrectRecordInput input, DataFetchingEnvironment env) {
		var step = new RecordEventInput(input.recordId(), input.on(), input.actor(), input.reason(),
				input.expectedVersion(), input.idempotencyKey());
		return step(env, "correctRecord", step, RecordEventKind.CORRECTED,
				(input.corrections() != null) ? input.corrections() : Map.of());
	}

	@MutationMapping
	Map<String, Object> applyForRepair(@Argument RecordEventInput input, DataFetchingEnvironment env) {
		return step(env, "applyForRepair", input, RecordEventKind.REPAIR_APPLIED, Map.of());
	}

	@MutationMapping
	Map<String, Object> repairRecord(@Argument RecordEventInput input, DataFetchingEnvironment env) {
		return step(env, "repairRecord", input, RecordEventKind.REPAIRED, Map.of());
	}

	@MutationMapping
	Map<String, Object> exemptRecord(@Argument RecordEventInput input, DataFetchingEnvironment env) {
		return step(env, "exemptRecord", input, RecordEventKind.EXEMPTED, Map.of());
	}

	@MutationMapping
	Map<String, Object> expireRecord(@Argument RecordEventInput input, DataFetchingEnvironment env) {
		return step(env, "expireRecord", input, RecordEventKind.EXPIRED, Map.of());
	}

	/** One step of the lifecycle: checks it is allowed now, appends its event, moves the status. */
	private Map<String, Object> step(DataFetchingEnvironment env, String name, RecordEventInput input,
			RecordEventKind kind, Map<String, Object> corrections) {
		return this.mutations.run(env, new Operation(name, input.reason(), true, input.idempotencyKey()), edit -> {
			var record = edit.require(input.recordId(), new String[] { "input", "recordId" }, GraphModel.RECORD);
			edit.stopIfFailed();
			edit.checkVersion(record.version(), input.expectedVersion(), record.describe());
			var status = RecordStatus.valueOf(record.text("status"));
			var next = Lifecycles.recordStatusAfter(status, kind);
			if (next.isEmpty()) {
				edit.error(UserErrorCode.ILLEGAL_TRANSITION, "%s cannot happen to a record that is %s (only when %s)."
					.formatted(kind, status, Lifecycles.recordStatusesAllowing(kind).stream().map(Enum::name)
						.collect(Collectors.joining(" or "))), "input", "recordId");
			}
			var events = Lifecycle.events(edit, record.id());
			checkKind(edit, record, kind, input.on(), events);
			Lifecycle.checkDate(edit, input.on(), record.date("decidedOn"), "decision date", events);
			edit.stopIfFailed();
			var changes = new HashMap<String, Object>();
			if (!corrections.isEmpty()) {
				changes.putAll(edit.convert(GraphModel.RECORD.name(), ModelEdits.propertiesOf(GraphModel.RECORD),
						corrections, false, "input", "corrections"));
				var merged = new HashMap<>(record.properties());
				merged.putAll(changes);
				edit.checkDateOrders(GraphModel.RECORD, merged, "input", "corrections");
				edit.stopIfFailed();
			}
			var event = Lifecycle.append(edit, record, GraphModel.RECORD_EVENT, events,
					event(kind, input.on(), (input.actor() != null) ? input.actor() : editorName(env), input.reason()));
			changes.put("status", next.get().name());
			edit.result("record", edit.advance(record, changes));
			edit.result("event", event);
		});
	}

	/** The rules of a step beyond the status: what a record of its kind and history allows. */
	private static void checkKind(Edit edit, NodeState record, RecordEventKind kind, LocalDate on,
			Lifecycle.Events events) {
		var commendation = RecordKind.COMMENDATION.name().equals(record.text("kind"));
		if (commendation && (kind == RecordEventKind.REPAIR_APPLIED || kind == RecordEventKind.REPAIRED
				|| kind == RecordEventKind.EXEMPTED)) {
			edit.error(UserErrorCode.ILLEGAL_TRANSITION,
					"A commendation (表彰奖励) is not a 失信 record: it is neither repaired nor exempted.", "input",
					"recordId");
		}
		if (kind == RecordEventKind.REPAIRED && !events.kinds().contains(RecordEventKind.REPAIR_APPLIED.name())) {
			edit.error(UserErrorCode.ILLEGAL_TRANSITION,
					"A record is repaired on application only: record applyForRepair first.", "input", "recordId");
		}
		var until = record.date("disclosureUntil");
		if (kind == RecordEventKind.EXPIRED && (until == null || on.isBefore(until))) {
			edit.error(UserErrorCode.ILLEGAL_TRANSITION, (until == null)
					? "The record has no disclosure period to expire." : "Its disclosure period runs until %s."
						.formatted(until), "input", "on");
		}
	}

	private static Map<String, Object> event(RecordEventKind kind, LocalDate on, String actor, String reason) {
		var values = new HashMap<String, Object>();
		values.put("kind", kind.name());
		values.put("on", on);
		values.put("actor", actor);
		values.put("reason", reason);
		return values;
	}

	/** 1, 3 or 5 years of public disclosure for a minor, general or serious record. */
	static LocalDate defaultDisclosureUntil(LocalDate decidedOn, String severity) {
		if (decidedOn == null || severity == null) {
			return null;
		}
		return switch (Severity.valueOf(severity)) {
			case MINOR -> decidedOn.plusYears(1);
			case GENERAL -> decidedOn.plusYears(3);
			case SERIOUS -> decidedOn.plusYears(5);
		};
	}

	private String editorName(DataFetchingEnvironment env) {
		return this.mutations.actorName(env);
	}

}
