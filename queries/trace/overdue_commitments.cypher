CYPHER 25
// 逾期承诺 of body $bodyId on $at: commitments due before $at whose status on $at (the latest
// CommitmentEvent on or before $at; without events, the commitment's status) is neither FULFILLED nor
// WAIVED. Commitments made by the body's predecessors (SUCCEEDED_BY dated on or before $at, at most
// ${SUCCESSION_HOPS} steps back) count too: they stay with the successor (inherited, `succession` from the
// maker). When the body itself was succeeded by $at, all of them have passed to its successor (`passedTo`
// and the SUCCEEDED_BY edges to it). Oldest due first, cut at ${MAX_ITEMS_PLUS_ONE} rows.
// Parameters: $bodyId, $at (DATE).
MATCH (body:Body {id: $bodyId})
CALL (body) {
  MATCH path = (body)(()-[s:SUCCEEDED_BY WHERE s.on <= $at]->()){0,${SUCCESSION_HOPS}}(holder:Body)
  WHERE NOT EXISTS { (holder)-[later:SUCCEEDED_BY]->() WHERE later.on <= $at } OR length(path) = ${SUCCESSION_HOPS}
  RETURN relationships(path) AS passedThrough
  ORDER BY length(path) DESC
  LIMIT 1
}
CALL (body) {
  OPTIONAL CALL (body) {
    MATCH path = (maker:Body)(()-[s:SUCCEEDED_BY WHERE s.on <= $at]->()){0,${SUCCESSION_HOPS}}(body)
    MATCH (maker)-[made:MADE]->(commitment:Commitment)
    WHERE commitment.dueOn < $at
    WITH commitment, maker, made, relationships(path) AS succession
    ORDER BY size(succession)
    WITH commitment, head(collect({maker: maker, made: made, succession: succession})) AS origin
    WITH commitment, origin,
         COLLECT { MATCH (commitment)-[:HAS_EVENT]->(event:CommitmentEvent) RETURN event } AS events,
         COLLECT {
           MATCH (commitment)-[:HAS_EVENT]->(event:CommitmentEvent)
           WITH event, event.on AS on
           WHERE on <= $at
           RETURN event ORDER BY on DESC, event.id DESC LIMIT 1
         } AS latest
    WITH commitment, origin,
         CASE WHEN size(events) = 0 THEN commitment.status ELSE coalesce(latest[0].status, 'PENDING') END AS statusOn
    WHERE NOT statusOn IN ['FULFILLED', 'WAIVED']
    RETURN commitment, origin, statusOn
  }
  WITH commitment, origin, statusOn
  ORDER BY commitment.dueOn, commitment.id
  WITH collect(CASE WHEN commitment IS NOT NULL THEN {
    commitment: commitment, maker: origin.maker, made: origin.made, succession: origin.succession, statusOn: statusOn
  } END) AS overdue
  RETURN size(overdue) AS totalCount, overdue[..${MAX_ITEMS_PLUS_ONE}] AS commitments
}
RETURN body, totalCount, commitments, passedThrough, [step IN passedThrough | endNode(step)][-1] AS passedTo
