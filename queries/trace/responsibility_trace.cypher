CYPHER 25
// 责任倒查 for a record ($recordId) or a commitment ($commitmentId), as known on $today: the acts behind it.
// The posts answering for each act on its date, who answers for them on $today and the leadership chains
// are read by trace/answers. Acts:
//   SIGNED      the commitment (traced, or concerned by the record) or the concerned contract's signer
//   MADE        the body that made the commitment
//   FELL_DUE    the body bound by the commitment when it fell due: its maker, or the maker's successor
//               by then (新官不理旧账), when the due date has passed
//   PARTY       the government-side party (grantor, buyer, borrower) of a concerned contract
//   DECIDED     the deciders of a concerned decision
//   AGAINST     the body or person the record is against, on the record's date
//   RESPONSIBLE the RESPONSIBLE posts/persons of the project phase in which the commitment was made or
//               the record decided (the project reached through CONCERNS, FOR, UNDER, ON)
// For a record, also what sets the conduct period of each person it is against: the record's own
// conductFrom/conductTo, the dates of what it concerns, and the person's tenures. An actor the caller may not
// see (the disclosure rules) leaves no act; a record the caller may not see, no trace.
// Parameters: $recordId, $commitmentId (one of them matches nothing), $today (DATE), $disclosure.
OPTIONAL MATCH (record:Record {id: $recordId}) WHERE /*+visible(record:Record)*/ true
OPTIONAL MATCH (commitment:Commitment {id: $commitmentId})
WITH coalesce(record, commitment) AS subject, $today AS today
WHERE subject IS NOT NULL
CALL (subject) {
  OPTIONAL MATCH (subject)-[edge:CONCERNS|ISSUED_BY]->(node)
  RETURN collect(CASE WHEN edge IS NOT NULL THEN {edge: edge, node: node} END) AS context,
         collect(CASE WHEN type(edge) = 'CONCERNS' THEN node END) AS concerned
}
CALL (subject) {
  OPTIONAL MATCH (subject)-[:CONCERNS|FOR|UNDER|ON*1..3]->(project:Project)
  RETURN collect(DISTINCT project) AS projects
}
WITH subject, today, context, projects,
     CASE WHEN subject:Commitment THEN [subject] ELSE [node IN concerned WHERE node:Commitment] END AS commitments,
     [node IN concerned WHERE node:Contract] AS contracts, [node IN concerned WHERE node:Decision] AS decisions,
     [node IN concerned | {concern: node,
       phases: [(node)-[:HAS_PHASE]->(phase:Phase) WHERE phase.from <= subject.decidedOn | phase]}] AS concerns,
     [(subject)-[:AGAINST]->(person:Person) WHERE /*+visible(person:Person)*/ true | {person: person,
       tenures: [(person)-[held:HELD]->(:Post) WHERE held.from <= subject.decidedOn | held]}] AS against
OPTIONAL CALL (subject, today, commitments, contracts, decisions, projects) {
  UNWIND commitments AS commitment
  MATCH (commitment)-[edge:SIGNED_BY]->(actor:Person)
  RETURN 'SIGNED' AS kind, actor, edge, coalesce(edge.on, commitment.madeOn) AS actOn, commitment AS object, [] AS succession
  UNION
  UNWIND commitments AS commitment
  MATCH (commitment)<-[edge:MADE]-(actor:Body)
  RETURN 'MADE' AS kind, actor, edge, coalesce(commitment.madeOn, [(commitment)-[signed:SIGNED_BY]->() | signed.on][0]) AS actOn,
         commitment AS object, [] AS succession
  UNION
  UNWIND commitments AS commitment
  MATCH (commitment)<-[edge:MADE]-(maker:Body)
  WITH commitment, edge, maker, commitment.dueOn AS dueOn
  WHERE dueOn <= today
  MATCH path = (maker)-[steps:SUCCEEDED_BY*0..${SUCCESSION_HOPS}]->(actor:Body)
  WHERE all(step IN steps WHERE step.on <= dueOn)
    AND (length(path) = ${SUCCESSION_HOPS} OR NOT EXISTS { (actor)-[later:SUCCEEDED_BY]->() WHERE later.on <= dueOn })
  RETURN 'FELL_DUE' AS kind, actor, edge, dueOn AS actOn, commitment AS object, relationships(path) AS succession
  UNION
  UNWIND contracts AS contract
  MATCH (contract)-[edge:SIGNED_BY]->(actor:Person)
  RETURN 'SIGNED' AS kind, actor, edge, coalesce(edge.on, contract.signedOn) AS actOn, contract AS object, [] AS succession
  UNION
  UNWIND contracts AS contract
  MATCH (contract)-[edge:PARTY]->(actor:Body)
  WHERE edge.role IN ['GRANTOR', 'BUYER', 'BORROWER']
  RETURN 'PARTY' AS kind, actor, edge, contract.signedOn AS actOn, contract AS object, [] AS succession
  UNION
  UNWIND decisions AS decision
  MATCH (decision)-[edge:DECIDED_BY]->(actor)
  RETURN 'DECIDED' AS kind, actor, edge, decision.decidedOn AS actOn, decision AS object, [] AS succession
  UNION
  MATCH (subject:Record)-[edge:AGAINST]->(actor)
  RETURN 'AGAINST' AS kind, actor, edge, subject.decidedOn AS actOn, null AS object, [] AS succession
  UNION
  UNWIND projects AS project
  MATCH (project)-[:HAS_PHASE]->(phase:Phase)-[edge:RESPONSIBLE]->(actor)
  WITH phase, edge, actor, coalesce(edge.from, phase.from) AS since, coalesce(edge.to, phase.to) AS until,
       CASE WHEN subject:Commitment
         THEN coalesce(subject.madeOn, [(subject)-[signed:SIGNED_BY]->() | signed.on][0])
         ELSE subject.decidedOn END AS actOn
  WHERE since <= actOn AND (until IS NULL OR actOn < until)
  RETURN 'RESPONSIBLE' AS kind, actor, edge, actOn, phase AS object, [] AS succession
}
// an actor the caller may not see (the disclosure rules) leaves no act; the trace itself stays
WITH subject, today, context, concerns, against, kind, actor, edge, actOn, object, succession,
     actor IS NULL OR NOT actor:Person OR /*+visible(actor:Person)*/ true AS shown
WITH subject, today, context, concerns, against, CASE WHEN shown THEN kind END AS kind,
     CASE WHEN shown THEN actor END AS actor, edge, actOn, object, succession
ORDER BY actOn, kind, actor.id, object.id
LIMIT ${MAX_ITEMS_PLUS_ONE}
RETURN subject, today, context, concerns, against, collect(CASE WHEN kind IS NOT NULL THEN {
  kind: kind, actor: actor, edge: edge, on: actOn, object: object, succession: succession
} END) AS acts
