CYPHER 25
// The records issued by the bodies $ids against which an objection (异议) was filed on or before $at, with their
// events up to $at: the issuer must decide the objection within the handling deadline.
// Parameters: $ids, $at (DATE).
UNWIND $ids AS bodyId
MATCH (issuer:Body {id: bodyId})<-[:ISSUED_BY]-(record:Record)
WHERE EXISTS {
  MATCH (record)-[:HAS_EVENT]->(filed:RecordEvent {kind: 'OBJECTION_FILED'})
  WHERE filed.on <= $at
}
RETURN issuer.id AS bodyId, 0 AS steps, record,
       COLLECT {
         MATCH (record)-[:HAS_EVENT]->(event:RecordEvent)
         WITH event, event.on AS on
         WHERE on <= $at
         RETURN event ORDER BY on, event.id
       } AS events,
       false AS withoutEvents
