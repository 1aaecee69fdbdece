CYPHER 25
// The records against the bodies $ids or their predecessors (SUCCEEDED_BY on or before $at, at most 10 steps
// back), decided on or before $at and not out of their disclosure period before $from; each with the number of
// succession steps, its events up to $at, and whether it has any event at all.
// Parameters: $ids, $at (DATE), $from (DATE).
UNWIND $ids AS bodyId
MATCH (body:Body {id: bodyId})
MATCH path = (subject:Body)(()-[s:SUCCEEDED_BY WHERE s.on <= $at]->()){0,10}(body)
MATCH (record:Record)-[:AGAINST]->(subject)
WITH body, record, length(path) AS steps, record.decidedOn AS decidedOn, record.disclosureUntil AS until
WHERE decidedOn <= $at AND (decidedOn >= $from OR until IS NULL OR until >= $from)
RETURN body.id AS bodyId, steps, record,
       COLLECT {
         MATCH (record)-[:HAS_EVENT]->(event:RecordEvent)
         WITH event, event.on AS on
         WHERE on <= $at
         RETURN event ORDER BY on, event.id
       } AS events,
       NOT EXISTS { (record)-[:HAS_EVENT]->(:RecordEvent) } AS withoutEvents
