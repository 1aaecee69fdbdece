package org.integritygraph.audit;

import java.time.OffsetDateTime;
import java.util.Map;

import org.integritygraph.graph.Rewind;
import org.neo4j.driver.SimpleQueryRunner;

import org.springframework.stereotype.Component;

/**
 * Rewinds the graph to what was recorded at an instant by undoing, newest first, every change the audit
 * trail recorded after it: an update gets its properties from before back, a creation is removed (a relationship
 * found by its state after, or, created by the bulk load without one, as the only one of its type between its
 * ends, those created later being removed first). It runs
 * only inside the transactions of reads as of a recorded time, which are always rolled back.
 */
@Component
class AuditRewind implements Rewind {

	static final String UNDO = """
			MATCH (c:AuditChange) WHERE c.at > $knownAt
			OPTIONAL MATCH (c)-[:BEFORE]->(b:AuditState)
			OPTIONAL MATCH (c)-[:AFTER]->(a:AuditState)
			WITH c, coalesce(properties(b), {}) AS before, properties(a) AS after
			ORDER BY c.sequence DESC, c.index DESC
			CALL (c, before) {
			  WITH c, before WHERE c.target = 'NODE' AND c.operation = 'UPDATED'
			  MATCH (n:Entity {id: c.entityId})
			  SET n = before
			}
			CALL (c) {
			  WITH c WHERE c.target = 'NODE' AND c.operation = 'CREATED'
			  MATCH (n:Entity {id: c.entityId})
			  DETACH DELETE n
			}
			CALL (c, before, after) {
			  WITH c, before, after WHERE c.target = 'RELATIONSHIP'
			  MATCH (:Entity {id: c.startId})-[r:$(c.type)]->(:Entity {id: c.endId})
			  // without a state after: created by the bulk load, of a type without keys, the only one between its ends
			  WHERE after IS NULL OR properties(r) = after
			  WITH c, r, before LIMIT 1
			  CALL (c, r) {
			    WITH c, r WHERE c.operation = 'CREATED'
			    DELETE r
			  }
			  CALL (c, r, before) {
			    WITH c, r, before WHERE c.operation = 'UPDATED'
			    SET r = before
			  }
			}
			""";

	@Override
	public void rewind(SimpleQueryRunner tx, OffsetDateTime knownAt) {
		tx.run(UNDO, Map.of("knownAt", knownAt)).consume();
	}

}
