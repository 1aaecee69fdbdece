package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.model.GraphModel;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * A reorganisation (机构改革): one body succeeded by another on a date, in one transaction. The predecessor keeps
 * its history (nothing is deleted) but ends that day: it is abolished, its part-of link ends, its posts' tenures
 * and reporting lines end, its sub-bodies move under the successor. Its open commitments and projects stay
 * answerable through the successor, which takes them over ({@code TRANSFERRED_TO}, 承继): a change of body is no
 * excuse to drop a commitment (不得以政府换届、相关责任人更替等理由毁约).
 */
@Controller
class ReorganisationMutations {

	private static final String[] INPUT = { "input" };

	/** The open commitments the body answers for: made by it and never transferred, or last transferred to it. */
	private static final String OPEN_COMMITMENTS = """
			CALL () {
			  MATCH (:Body {id: $id})-[:MADE]->(c:Commitment)
			  WHERE NOT (c)-[:TRANSFERRED_TO]->()
			  RETURN c
			  UNION
			  MATCH (c:Commitment)-[t:TRANSFERRED_TO]->(:Body {id: $id})
			  WHERE NOT EXISTS { MATCH (c)-[later:TRANSFERRED_TO]->() WHERE later.on > t.on }
			  RETURN c
			}
			WITH c WHERE c.status IN ['PENDING', 'OVERDUE']
			RETURN c.id AS id ORDER BY c.dueOn, c.id
			""";

	/** The open projects the body answers for: owned by it and never transferred, or last transferred to it. */
	private static final String OPEN_PROJECTS = """
			CALL () {
			  MATCH (p:Project)-[:OWNED_BY]->(:Body {id: $id})
			  WHERE NOT (p)-[:TRANSFERRED_TO]->()
			  RETURN p
			  UNION
			  MATCH (p:Project)-[t:TRANSFERRED_TO]->(:Body {id: $id})
			  WHERE NOT EXISTS { MATCH (p)-[later:TRANSFERRED_TO]->() WHERE later.on > t.on }
			  RETURN p
			}
			WITH p WHERE NOT p.status IN ['COMPLETED', 'CANCELLED']
			RETURN p.id AS id ORDER BY p.id
			""";

	private static final String POSTS = "MATCH (p:Post)-[:IN]->(:Body {id: $id}) RETURN collect(p.id) AS ids";

	private final Mutations mutations;

	ReorganisationMutations(Mutations mutations) {
		this.mutations = mutations;
	}

	record ReorganiseBodyInput(String predecessorId, String successorId, LocalDate on, String reason,
			String idempotencyKey) {
	}

	@MutationMapping
	Map<String, Object> reorganiseBody(@Argument ReorganiseBodyInput input, DataFetchingEnvironment env) {
		return this.mutations.run(env, new Operation("reorganiseBody", input.reason(), true, input.idempotencyKey()),
				edit -> reorganise(edit, input), "transferredCommitments", "transferredProjects", "movedBodies",
				"endedTenures", "endedReportingLines");
	}

	private static void reorganise(Edit edit, ReorganiseBodyInput input) {
		var on = input.on();
		var predecessor = edit.require(input.predecessorId(), new String[] { "input", "predecessorId" }, GraphModel.BODY);
		var successor = edit.require(input.successorId(), new String[] { "input", "successorId" }, GraphModel.BODY);
		edit.stopIfFailed();
		if (predecessor.id().equals(successor.id())) {
			edit.error(UserErrorCode.INVALID_VALUE, "A body does not succeed itself.", "input", "successorId");
		}
		if (predecessor.date("abolishedOn") != null) {
			edit.error(UserErrorCode.ILLEGAL_TRANSITION, "%s was abolished on %s already.".formatted(
					predecessor.describe(), predecessor.date("abolishedOn")), "input", "predecessorId");
		}
		if (successor.date("abolishedOn") != null && !successor.date("abolishedOn").isAfter(on)) {
			edit.error(UserErrorCode.ILLEGAL_TRANSITION, "%s is abolished by %s.".formatted(successor.describe(), on),
					"input", "successorId");
		}
		edit.stopIfFailed();
		var reason = Map.<String, Object>of("on", on, "reason", input.reason());
		ModelEdits.createRelationship(edit, GraphModel.SUCCEEDED_BY, predecessor.id(), successor.id(), reason, INPUT);
		var abolished = ModelEdits.updateNode(edit, GraphModel.BODY, predecessor.id(), null, Map.of("abolishedOn", on));
		edit.result("predecessor", abolished);
		edit.result("successor", successor);

		openAt(edit.from(GraphModel.PART_OF, predecessor.id()), on)
			.forEach(link -> ModelEdits.endRelationship(edit, link, null, on, INPUT));
		for (var child : openAt(edit.to(GraphModel.PART_OF, predecessor.id()), on)) {
			ModelEdits.endRelationship(edit, child, null, on, INPUT);
			ModelEdits.createRelationship(edit, GraphModel.PART_OF, child.startId(), successor.id(),
					Map.of("from", on), INPUT);
			edit.resultInList("movedBodies", edit.find(child.startId()).orElseThrow());
		}
		var posts = edit.query(POSTS, Map.of("id", predecessor.id())).getFirst().get("ids").asList(Value::asString);
		for (var post : posts) {
			for (var tenure : openAt(edit.to(GraphModel.HELD, post), on)) {
				edit.resultInList("endedTenures", ModelEdits.endRelationship(edit, tenure, null, on, INPUT));
			}
			var lines = new java.util.ArrayList<>(openAt(edit.from(GraphModel.REPORTS_TO, post), on));
			lines.addAll(openAt(edit.to(GraphModel.REPORTS_TO, post), on));
			for (var line : lines) {
				edit.resultInList("endedReportingLines", ModelEdits.endRelationship(edit, line, null, on, INPUT));
			}
		}
		for (var id : ids(edit, OPEN_COMMITMENTS, predecessor.id())) {
			ModelEdits.createRelationship(edit, GraphModel.TRANSFERRED_TO, id, successor.id(), reason, INPUT);
			edit.resultInList("transferredCommitments", edit.find(id).orElseThrow());
		}
		for (var id : ids(edit, OPEN_PROJECTS, predecessor.id())) {
			ModelEdits.createRelationship(edit, GraphModel.TRANSFERRED_TO, id, successor.id(), reason, INPUT);
			edit.resultInList("transferredProjects", edit.find(id).orElseThrow());
		}
	}

	/** The dated relationships still valid on {@code on} and not ended by then (open, or ending later). */
	private static List<RelState> openAt(List<RelState> relationships, LocalDate on) {
		return relationships.stream()
			.filter(relationship -> relationship.date("to") == null)
			.filter(relationship -> relationship.date("from") == null || relationship.date("from").isBefore(on))
			.toList();
	}

	private static List<String> ids(Edit edit, String cypher, String bodyId) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", bodyId);
		return edit.query(cypher, parameters).stream().map(row -> row.get("id").asString()).toList();
	}

}
