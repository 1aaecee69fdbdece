CYPHER 25
// 信用档案 of a body, person or company ($id) as of $at: the subject; for a body its predecessors
// (SUCCEEDED_BY on or before $at, at most 10 steps back: their records and commitments stay with it); the
// records against the subject or a predecessor decided on or before $at, each with its issuer and its events
// up to $at; and the commitments of the subject made on or before $at with their events up to $at: made by a
// body or its predecessors, signed by a person, or made to a company.
// Parameters: $id, $at (DATE).
MATCH (subject:Entity {id: $id})
WHERE subject:Body OR subject:Person OR subject:Company
CALL (subject) {
  OPTIONAL MATCH (predecessor:Body)(()-[s:SUCCEEDED_BY WHERE s.on <= $at]->()){1,10}(subject)
  RETURN collect(DISTINCT predecessor) AS predecessors
}
WITH subject, predecessors, [subject] + predecessors AS subjects
WITH subject, predecessors, subjects,
     COLLECT {
       UNWIND subjects AS against
       MATCH (record:Record)-[:AGAINST]->(against)
       WITH against, record, record.decidedOn AS decidedOn
       WHERE decidedOn <= $at
       ORDER BY decidedOn, record.id
       RETURN {record: record, against: against.id,
               issuer: head(COLLECT { MATCH (record)-[:ISSUED_BY]->(issuer:Body) RETURN issuer ORDER BY issuer.id }),
               events: COLLECT {
                 MATCH (record)-[:HAS_EVENT]->(event:RecordEvent)
                 WHERE event.on <= $at
                 RETURN event ORDER BY event.on, event.id
               },
               withoutEvents: NOT EXISTS { (record)-[:HAS_EVENT]->(:RecordEvent) }} AS entry
     } AS records
OPTIONAL CALL (subject, subjects) {
  UNWIND subjects AS via
  MATCH (via:Body)-[:MADE]->(commitment:Commitment)
  RETURN commitment, via, CASE WHEN via = subject THEN 'MADE' ELSE 'INHERITED' END AS relation
  UNION
  MATCH (commitment:Commitment)-[:SIGNED_BY]->(subject:Person)
  RETURN commitment, subject AS via, 'SIGNED' AS relation
  UNION
  MATCH (commitment:Commitment)-[:TO]->(subject:Company)
  RETURN commitment, subject AS via, 'RECEIVED' AS relation
}
WITH subject, predecessors, records, commitment, via, relation
ORDER BY commitment.dueOn, commitment.id
WITH subject, predecessors, records,
     collect(CASE WHEN commitment IS NOT NULL AND (commitment.madeOn IS NULL OR commitment.madeOn <= $at) THEN {
       commitment: commitment, via: via.id, relation: relation,
       maker: head(COLLECT { MATCH (maker:Body)-[:MADE]->(commitment) RETURN maker ORDER BY maker.id }),
       events: COLLECT {
         MATCH (commitment)-[:HAS_EVENT]->(event:CommitmentEvent)
         WHERE event.on <= $at
         RETURN event ORDER BY event.on, event.id
       },
       withoutEvents: NOT EXISTS { (commitment)-[:HAS_EVENT]->(:CommitmentEvent) }
     } END) AS commitments
RETURN subject, predecessors, records, commitments
