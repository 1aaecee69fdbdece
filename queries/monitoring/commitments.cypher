CYPHER 25
// The commitments that bind the bodies $ids on $at: made by the body or by a predecessor (SUCCEEDED_BY on or
// before $at, at most 10 steps back: commitments stay with the successor), made on or before $at, leaving out
// those already fulfilled or waived before $from (they cannot count in any window from $from on). Each with the
// number of succession steps, its events up to $at, and whether it has any event at all.
// Parameters: $ids, $at (DATE), $from (DATE).
UNWIND $ids AS bodyId
MATCH (body:Body {id: bodyId})
MATCH path = (maker:Body)(()-[s:SUCCEEDED_BY WHERE s.on <= $at]->()){0,10}(body)
MATCH (maker)-[:MADE]->(commitment:Commitment)
WITH body, commitment, length(path) AS steps, commitment.madeOn AS madeOn
WHERE madeOn IS NULL OR madeOn <= $at
WITH body, commitment, steps,
     COLLECT {
       MATCH (commitment)-[:HAS_EVENT]->(event:CommitmentEvent)
       WITH event, event.on AS on
       WHERE on <= $at
       RETURN event ORDER BY on, event.id
     } AS events,
     NOT EXISTS { (commitment)-[:HAS_EVENT]->(:CommitmentEvent) } AS withoutEvents
WHERE withoutEvents OR size(events) = 0 OR NOT (events[-1].status IN ['FULFILLED', 'WAIVED'] AND events[-1].on < $from)
RETURN body.id AS bodyId, steps, commitment, events, withoutEvents
