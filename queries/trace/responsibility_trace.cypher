CYPHER 25
// 责任倒查 for a record ($recordId) or a commitment ($commitmentId): the acts behind it, each with the
// posts that answered for it on its date (and their chains then), and who answers for each of those
// posts on $today. Acts:
//   SIGNED      the commitment (traced, or concerned by the record) or the concerned contract's signer
//   MADE        the body that made the commitment
//   FELL_DUE    the body bound by the commitment when it fell due: its maker, or the maker's successor
//               by then (新官不理旧账), when the due date has passed
//   PARTY       the government-side party (grantor, buyer, borrower) of a concerned contract
//   DECIDED     the deciders of a concerned decision
//   AGAINST     the body or person the record is against, on the record's date
//   RESPONSIBLE the RESPONSIBLE posts/persons of the project phase in which the commitment was made or
//               the record decided (the project reached through CONCERNS, FOR, UNDER, ON)
// Parameters: $recordId, $commitmentId (one of them null), $today (DATE).
OPTIONAL MATCH (record:Record {id: $recordId})
OPTIONAL MATCH (commitment:Commitment {id: $commitmentId})
WITH coalesce(record, commitment) AS subject, $today AS today
WHERE subject IS NOT NULL
CALL (subject) {
  OPTIONAL MATCH (subject)-[edge:CONCERNS|ISSUED_BY]->(node)
  RETURN collect(CASE WHEN edge IS NOT NULL THEN {edge: edge, node: node} END) AS context
}
OPTIONAL CALL (subject, today) {
  MATCH (subject)(()-[:CONCERNS]->()){0,1}(commitment:Commitment)-[edge:SIGNED_BY]->(actor:Person)
  RETURN 'SIGNED' AS kind, actor, edge, coalesce(edge.on, commitment.madeOn) AS actOn, commitment AS object, [] AS succession
  UNION
  MATCH (subject)(()-[:CONCERNS]->()){0,1}(commitment:Commitment)<-[edge:MADE]-(actor:Body)
  RETURN 'MADE' AS kind, actor, edge, coalesce(commitment.madeOn, [(commitment)-[signed:SIGNED_BY]->() | signed.on][0]) AS actOn,
         commitment AS object, [] AS succession
  UNION
  MATCH (subject)(()-[:CONCERNS]->()){0,1}(commitment:Commitment)<-[edge:MADE]-(maker:Body)
  WHERE commitment.dueOn <= today
  MATCH path = (maker)(()-[s:SUCCEEDED_BY WHERE s.on <= commitment.dueOn]->()){0,${SUCCESSION_HOPS}}(actor:Body)
  WHERE NOT EXISTS { (actor)-[later:SUCCEEDED_BY]->() WHERE later.on <= commitment.dueOn } OR length(path) = ${SUCCESSION_HOPS}
  RETURN 'FELL_DUE' AS kind, actor, edge, commitment.dueOn AS actOn, commitment AS object, relationships(path) AS succession
  UNION
  MATCH (subject:Record)-[:CONCERNS]->(contract:Contract)-[edge:SIGNED_BY]->(actor:Person)
  RETURN 'SIGNED' AS kind, actor, edge, coalesce(edge.on, contract.signedOn) AS actOn, contract AS object, [] AS succession
  UNION
  MATCH (subject:Record)-[:CONCERNS]->(contract:Contract)-[edge:PARTY]->(actor:Body)
  WHERE edge.role IN ['GRANTOR', 'BUYER', 'BORROWER']
  RETURN 'PARTY' AS kind, actor, edge, contract.signedOn AS actOn, contract AS object, [] AS succession
  UNION
  MATCH (subject:Record)-[:CONCERNS]->(decision:Decision)-[edge:DECIDED_BY]->(actor)
  RETURN 'DECIDED' AS kind, actor, edge, decision.decidedOn AS actOn, decision AS object, [] AS succession
  UNION
  MATCH (subject:Record)-[edge:AGAINST]->(actor)
  RETURN 'AGAINST' AS kind, actor, edge, subject.decidedOn AS actOn, null AS object, [] AS succession
  UNION
  MATCH (subject)(()-[:CONCERNS|FOR|UNDER|ON]->()){1,3}(:Project)-[:HAS_PHASE]->(phase:Phase)-[edge:RESPONSIBLE]->(actor)
  WITH DISTINCT phase, edge, actor,
       CASE WHEN subject:Commitment
         THEN coalesce(subject.madeOn, [(subject)-[signed:SIGNED_BY]->() | signed.on][0])
         ELSE subject.decidedOn END AS actOn
  WHERE coalesce(edge.from, phase.from) <= actOn
    AND (coalesce(edge.to, phase.to) IS NULL OR actOn < coalesce(edge.to, phase.to))
  RETURN 'RESPONSIBLE' AS kind, actor, edge, actOn, phase AS object, [] AS succession
}
WITH subject, today, context, kind, actor, edge, actOn, object, succession
ORDER BY actOn, kind, actor.id, object.id
LIMIT ${MAX_ITEMS_PLUS_ONE}
// #include fragment/answerable
CALL (answerable, today) {
  UNWIND answerable AS then
  WITH then.post AS thenPost, today
  // #include fragment/today
  RETURN collect({post: thenPost, now: now}) AS todays
}
RETURN subject, today, context, collect(CASE WHEN kind IS NOT NULL THEN {
  kind: kind, actor: actor, edge: edge, on: actOn, object: object, succession: succession,
  answerable: answerable, todays: todays
} END) AS acts
