package org.integritygraph.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Record;

/**
 * The disclosure rules of the domain (信息公开), declared once per label: which nodes a public caller may see.
 * Investigators, editors and admins see every node. The rule is a Cypher predicate so that it can run inside
 * every query — lists, counts, search, relationship fields, paths and neighbourhoods — and a hidden node can
 * neither be returned, nor counted, nor walked through. Which properties of a visible node a caller sees is
 * the disclosure class of each property ({@link Property#disclosure()}).
 * <p>
 * The public sees bodies, posts, projects and their phases and decisions, contracts, companies,
 * commitments, policy documents and their tasks; records (政务失信记录, 守信激励) whose disclosure period is
 * running on the day and that are neither under objection (异议处理中), repaired (信用修复), exempted (容错免责),
 * revoked nor expired; the events of such records except those of an objection; persons only where a public
 * office (a post they held) or such a record makes them public.
 * <p>
 * The predicates read one parameter, {@value #PARAMETER}: a map {@code {all: boolean, today: date}} (see
 * {@link #parameter(boolean, LocalDate)}). {@code all} is true for callers who see everything.
 */
public final class Visibility {

	/** The name of the query parameter every predicate reads. */
	public static final String PARAMETER = "disclosure";

	/** The record statuses under which a record is publicly shown (during its disclosure period). */
	public static final Set<String> PUBLIC_RECORD_STATUSES = Set.of(RecordStatus.RECORDED.name());

	/** Events of a public record that the public does not see: the objection procedure (异议) is not public. */
	public static final Set<String> HIDDEN_EVENT_KINDS = Set.of(RecordEventKind.OBJECTION_FILED.name(),
			RecordEventKind.OBJECTION_UPHELD.name(), RecordEventKind.OBJECTION_REJECTED.name());

	/** A record shown to the public on {@code $disclosure.today}; {@code {n}} is the record. */
	private static final String PUBLIC_RECORD = "({n}.status IN ['RECORDED'] AND {n}.decidedOn <= $disclosure.today"
			+ " AND $disclosure.today < {n}.disclosureUntil)";

	/**
	 * 公职: a person who held a post, at any time, is public. This relationship (person to post) is the proof,
	 * so a node reached at its start needs no other check ({@link #shownBy}).
	 */
	private static final Relationship PUBLIC_OFFICE = GraphModel.HELD;

	/** The rule of each label for the public, {@code {n}} standing for the node; "true": every node. */
	private static final Map<Label, String> PUBLIC_WHEN = rules();

	private Visibility() {
	}

	private static Map<Label, String> rules() {
		var rules = new LinkedHashMap<Label, String>();
		rules.put(GraphModel.BODY, "true");
		rules.put(GraphModel.POST, "true");
		rules.put(GraphModel.PROJECT, "true");
		rules.put(GraphModel.PHASE, "true");
		rules.put(GraphModel.DECISION, "true");
		rules.put(GraphModel.CONTRACT, "true");
		rules.put(GraphModel.COMPANY, "true");
		rules.put(GraphModel.COMMITMENT, "true");
		rules.put(GraphModel.COMMITMENT_EVENT, "true");
		rules.put(GraphModel.DOCUMENT, "true");
		rules.put(GraphModel.TASK, "true");
		rules.put(GraphModel.RECORD, PUBLIC_RECORD);
		rules.put(GraphModel.RECORD_EVENT, "(NOT {n}.kind IN ['OBJECTION_FILED', 'OBJECTION_UPHELD', 'OBJECTION_REJECTED']"
				+ " AND EXISTS { MATCH (disclosed:Record)-[:HAS_EVENT]->({n}) WHERE "
				+ PUBLIC_RECORD.replace("{n}", "disclosed") + " })");
		// 公职: a post held at any time; or named by a public record
		// (the first is PUBLIC_OFFICE, which shownBy reads; VisibilityTest holds the two together)
		rules.put(GraphModel.PERSON, "(EXISTS { MATCH ({n})-[:HELD]->(:Post) }"
				+ " OR EXISTS { MATCH (disclosed:Record)-[:AGAINST]->({n}) WHERE "
				+ PUBLIC_RECORD.replace("{n}", "disclosed") + " })");
		var missing = GraphModel.labels().stream().filter(label -> !rules.containsKey(label)).toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("No disclosure rule for the labels " + missing);
		}
		return Map.copyOf(rules);
	}

	/** The value of {@value #PARAMETER}: whether the caller sees everything, and the day of the disclosure. */
	public static Map<String, Object> parameter(boolean all, LocalDate today) {
		return Map.of("all", all, "today", today);
	}

	/** Whether the public sees every node of the label (no condition to check). */
	public static boolean wholeLabelPublic(Label label) {
		return "true".equals(PUBLIC_WHEN.get(label));
	}

	/**
	 * The Cypher predicate: the caller may see {@code variable}, a node of {@code label}. {@code true} for
	 * labels the public sees whole.
	 */
	public static String predicate(Label label, String variable) {
		if (wholeLabelPublic(label)) {
			return "true";
		}
		return "($disclosure.all OR " + PUBLIC_WHEN.get(label).replace("{n}", variable) + ")";
	}

	/** The Cypher predicate for a node that may have any of {@code labels}. */
	public static String predicate(List<Label> labels, String variable) {
		if (labels.size() == 1) {
			return predicate(labels.getFirst(), variable);
		}
		var conditional = labels.stream().filter(label -> !wholeLabelPublic(label)).toList();
		if (conditional.isEmpty()) {
			return "true";
		}
		var cases = new StringBuilder("($disclosure.all OR CASE");
		conditional.forEach(label -> cases.append(" WHEN ")
			.append(variable)
			.append(':')
			.append(label.name())
			.append(" THEN ")
			.append(PUBLIC_WHEN.get(label).replace("{n}", variable)));
		return cases.append(" ELSE true END)").toString();
	}

	/**
	 * Whether a node reached through {@code relationship} is public by that relationship alone, whatever
	 * else is true of it: the person at the start of a tenure (a post held) is. A query that matched the
	 * relationship needs no visibility predicate on that node.
	 * @param atStart whether the node is the relationship's start
	 */
	public static boolean shownBy(Relationship relationship, boolean atStart) {
		return relationship.equals(PUBLIC_OFFICE) && atStart;
	}

	/** The Cypher predicate for a node of any label of the model. */
	public static String predicate(String variable) {
		return predicate(GraphModel.labels(), variable);
	}

	/**
	 * The Java check of the rule for what a read model holds: a record by its status and disclosure period,
	 * a label the public sees whole. Persons and record events depend on the graph around them: for them
	 * this answers false; ask the graph with {@link #predicate(Label, String)}.
	 */
	public static boolean isPublic(Entity entity, LocalDate today) {
		var label = GraphModel.labelOf(entity);
		if (wholeLabelPublic(label)) {
			return true;
		}
		if (entity instanceof Record record) {
			return isPublic(record, today);
		}
		return false;
	}

	/** The record rule in Java: shown while its disclosure period runs, when not under objection or withdrawn. */
	public static boolean isPublic(Record record, LocalDate today) {
		return isPublic(record, record.status(), today);
	}

	/**
	 * The record rule in Java for a record whose status on {@code on} is {@code statusOn} (from its events, for
	 * a date in the past): shown while its disclosure period runs, when not under objection or withdrawn.
	 */
	public static boolean isPublic(Record record, String statusOn, LocalDate on) {
		return statusOn != null && PUBLIC_RECORD_STATUSES.contains(statusOn) && record.decidedOn() != null
				&& !record.decidedOn().isAfter(on) && record.disclosureUntil() != null
				&& on.isBefore(record.disclosureUntil());
	}

	/** Whether a property of a label is shown to a caller who does not see everything. */
	public static boolean isPublic(Property property) {
		return property.disclosure() == Disclosure.PUBLIC;
	}

}
