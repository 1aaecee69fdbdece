package org.integritygraph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.integritygraph.model.LinkType.Side;

/**
 * Which bodies answer for what (归口管理), declared once per label and relationship type: an editor whose token
 * names bodies (its {@code bodies} claim) changes only what one of those bodies, or a body under one of them,
 * answers for — before and after the edit, so that nothing can be moved into or out of the editor's bodies.
 * <ul>
 * <li>A body answers for itself, its posts, the projects it owns or took over (their phases and decisions),
 * the contracts it is a party to or that are for its projects, the commitments it made or took over (their
 * events), the records and documents it issued (their events and tasks), the tasks it leads or is responsible
 * for, and the persons who held one of its posts.</li>
 * <li>A relationship is written for its start node (what it says something about: a contract's party, a
 * record's subject), except {@code PART_OF} and {@code IN}, written for both ends (a body is attached to or
 * detached from a parent by editors of both; a post moves between bodies by editors of both), and
 * {@code HELD}, written for the post (the post's body appoints, whoever the person served before).</li>
 * <li>A node that no body answers for — a company (a market subject, not a body's), a person who never held
 * a post, a node not linked yet — may be written by every editor; the relationship that links it is checked.</li>
 * </ul>
 * A body lies under another through {@code PART_OF} links in force on the day of the edit (at most
 * {@value #DEPTH} levels).
 */
public final class WriteScope {

	/** The parameter of the query: the ids of the nodes to check. */
	public static final String IDS = "ids";

	/** The parameter of the query: the ids of the bodies the editor writes for. */
	public static final String BODIES = "bodies";

	/** The parameter of the query: the day of the edit. */
	public static final String TODAY = "today";

	/** How many {@code PART_OF} levels a body may lie under one of the editor's bodies. */
	public static final int DEPTH = 12;

	/** For each label, the clauses that bind {@code owner} to a body answering for the node {@code n}. */
	private static final Map<Label, List<String>> ANSWERING = answering();

	/** The ends a relationship is written for, where it is not the start node only. */
	private static final Map<Relationship, List<Side>> WRITTEN_FOR = Map.of(GraphModel.PART_OF,
			List.of(Side.START, Side.END), GraphModel.IN, List.of(Side.START, Side.END), GraphModel.HELD,
			List.of(Side.END));

	private WriteScope() {
	}

	private static Map<Label, List<String>> answering() {
		var rules = new LinkedHashMap<Label, List<String>>();
		rules.put(GraphModel.BODY, List.of("MATCH (n:Body) WITH n AS owner"));
		rules.put(GraphModel.PERSON, List.of("MATCH (n:Person)-[:HELD]->(:Post)-[:IN]->(owner:Body)"));
		rules.put(GraphModel.POST, List.of("MATCH (n:Post)-[:IN]->(owner:Body)"));
		rules.put(GraphModel.PROJECT, List.of("MATCH (n:Project)-[:OWNED_BY|TRANSFERRED_TO]->(owner:Body)"));
		rules.put(GraphModel.PHASE,
				List.of("MATCH (n:Phase)<-[:HAS_PHASE]-(:Project)-[:OWNED_BY|TRANSFERRED_TO]->(owner:Body)"));
		rules.put(GraphModel.DECISION, List.of("MATCH (n:Decision)-[:DECIDED_BY]->(owner:Body)",
				"MATCH (n:Decision)-[:ON]->(:Project)-[:OWNED_BY|TRANSFERRED_TO]->(owner:Body)"));
		rules.put(GraphModel.CONTRACT, List.of("MATCH (n:Contract)-[:PARTY]->(owner:Body)",
				"MATCH (n:Contract)-[:FOR]->(:Project)-[:OWNED_BY|TRANSFERRED_TO]->(owner:Body)"));
		rules.put(GraphModel.COMMITMENT, List.of("MATCH (n:Commitment)<-[:MADE]-(owner:Body)",
				"MATCH (n:Commitment)-[:TRANSFERRED_TO]->(owner:Body)"));
		rules.put(GraphModel.COMMITMENT_EVENT,
				List.of("MATCH (n:CommitmentEvent)<-[:HAS_EVENT]-(:Commitment)<-[:MADE]-(owner:Body)",
						"MATCH (n:CommitmentEvent)<-[:HAS_EVENT]-(:Commitment)-[:TRANSFERRED_TO]->(owner:Body)"));
		rules.put(GraphModel.RECORD, List.of("MATCH (n:Record)-[:ISSUED_BY]->(owner:Body)"));
		rules.put(GraphModel.RECORD_EVENT,
				List.of("MATCH (n:RecordEvent)<-[:HAS_EVENT]-(:Record)-[:ISSUED_BY]->(owner:Body)"));
		rules.put(GraphModel.DOCUMENT, List.of("MATCH (n:Document)-[:ISSUED_BY]->(owner:Body)"));
		rules.put(GraphModel.TASK, List.of("MATCH (n:Task)<-[:ASSIGNS]-(:Document)-[:ISSUED_BY]->(owner:Body)",
				"MATCH (n:Task)-[:LEAD|RESPONSIBLE_UNIT]->(owner:Body)"));
		return rules;
	}

	/** The labels whose nodes no body answers for: every editor may write them. */
	public static List<Label> sharedLabels() {
		return GraphModel.labels().stream().filter(label -> !ANSWERING.containsKey(label)).toList();
	}

	/** The clauses that bind {@code owner} to the bodies answering for a node {@code n} of the label. */
	public static List<String> answering(Label label) {
		return ANSWERING.getOrDefault(label, List.of());
	}

	/** The ends of a relationship of the type that the relationship is written for. */
	public static List<Side> writtenFor(Relationship relationship) {
		return WRITTEN_FOR.getOrDefault(relationship, List.of(Side.START));
	}

	/** The ends of a relationship of the type that the relationship is written for (its start for an unknown type). */
	public static List<Side> writtenFor(String type) {
		return GraphModel.relationship(type).map(WriteScope::writtenFor).orElse(List.of(Side.START));
	}

	/**
	 * The query that answers, for each node of {@code $ids}, the ids of the bodies that answer for it
	 * ({@code owners}, empty when none does) and whether one of them is, or lies under, a body of
	 * {@code $bodies} ({@code within}).
	 */
	public static String query() {
		var branches = ANSWERING.values()
			.stream()
			.flatMap(List::stream)
			.map(clause -> "    " + clause + " RETURN owner")
			.collect(Collectors.joining("\n    UNION\n"));
		return """
				UNWIND $%s AS id
				MATCH (n:Entity {id: id})
				CALL (n) {
				  CALL (n) {
				%s
				  }
				  RETURN collect(DISTINCT owner) AS owners
				}
				RETURN id, [owner IN owners | owner.id] AS owners,
				       any(owner IN owners WHERE owner.id IN $%s
				           OR EXISTS { (owner)(()-[link:PART_OF WHERE (link.from IS NULL OR link.from <= $%s)
				                                           AND (link.to IS NULL OR $%s < link.to)]->()){1,%d}(above:Body)
				                       WHERE above.id IN $%s }) AS within
				""".formatted(IDS, branches, BODIES, TODAY, TODAY, DEPTH, BODIES);
	}

}
