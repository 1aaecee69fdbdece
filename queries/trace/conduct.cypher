CYPHER 25
// 行为期间追溯: what each person was responsible for during a period [from, to) of their conduct, as known on
// $at: the posts they held then, the project phases they answered for (through a post they held, or
// assigned to them directly), the contracts and commitments they signed and the decisions they took then.
// The posts answering for each of these, who answers on $at and the leadership chains are read by
// trace/answers. Lists are cut at ${MAX_ITEMS_PLUS_ONE} rows.
// A person the caller may not see (the disclosure rules) has no row.
// Parameters: $people = [{key, personId, from (DATE), to (DATE or null)}], $at (DATE), $disclosure.
UNWIND $people AS request
MATCH (person:Person {id: request.personId}) WHERE /*+visible(person:Person)*/ true
WITH request.key AS key, person, request.from AS cf, coalesce(request.to, $at + duration('P1D')) AS ct
CALL (person, cf, ct) {
  OPTIONAL MATCH (person)-[held:HELD]->(post:Post)
  WITH held, post, held.from AS since, held.to AS until
  WHERE held IS NULL OR (since <= $at AND since < ct AND (until IS NULL OR cf < until))
  ORDER BY since, post.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  RETURN collect(CASE WHEN held IS NOT NULL THEN {held: held, post: post} END) AS posts
}
CALL (person, cf, ct) {
  OPTIONAL CALL (person, cf, ct) {
    MATCH (person)-[held:HELD]->(target:Post)<-[responsible:RESPONSIBLE]-(phase:Phase)
    RETURN phase, responsible, target, held
    UNION
    MATCH (person)<-[responsible:RESPONSIBLE]-(phase:Phase)
    WITH phase, responsible, person AS target
    RETURN phase, responsible, target, null AS held
  }
  WITH phase, responsible, target, held, coalesce(responsible.from, phase.from) AS rf,
       coalesce(responsible.to, phase.to) AS rt, coalesce(held.from, cf) AS hf, held.to AS ht
  WITH phase, responsible, target, held, rf, rt,
       [day IN [rf, hf, cf] WHERE day IS NOT NULL] AS starts, [day IN [rt, ht, ct] WHERE day IS NOT NULL] AS ends
  WITH phase, responsible, target, held, rf, rt,
       reduce(latest = starts[0], day IN starts | CASE WHEN day > latest THEN day ELSE latest END) AS overlapFrom,
       reduce(earliest = ends[0], day IN ends | CASE WHEN day < earliest THEN day ELSE earliest END) AS overlapTo
  WHERE responsible IS NULL OR (overlapFrom < overlapTo AND rf <= $at AND overlapFrom <= $at)
  ORDER BY overlapFrom, phase.id, target.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  RETURN collect(CASE WHEN responsible IS NOT NULL THEN {
    phase: phase, edge: responsible, target: target, held: held, from: rf, to: rt, overlapFrom: overlapFrom,
    overlapTo: overlapTo, project: [(project:Project)-[:HAS_PHASE]->(phase) | project][0]
  } END) AS responsibilities
}
CALL (person, cf, ct) {
  OPTIONAL MATCH (object)-[signed:SIGNED_BY]->(person)
  WITH object, signed, coalesce(signed.on, object.signedOn, object.madeOn) AS actOn
  WHERE signed IS NULL OR (cf <= actOn AND actOn < ct AND actOn <= $at)
  ORDER BY actOn, object.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  RETURN collect(CASE WHEN signed IS NOT NULL THEN {kind: 'SIGNED', on: actOn, edge: signed, object: object} END) AS signatures
}
CALL (person, cf, ct) {
  OPTIONAL MATCH (decision:Decision)-[decided:DECIDED_BY]->(person)
  WITH decision, decided, decision.decidedOn AS actOn
  WHERE decided IS NULL OR (cf <= actOn AND actOn < ct AND actOn <= $at)
  ORDER BY actOn, decision.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  RETURN collect(CASE WHEN decided IS NOT NULL THEN {kind: 'DECIDED', on: actOn, edge: decided, object: decision} END) AS decisions
}
RETURN key, person, cf AS from, ct AS to, posts, responsibilities, signatures, decisions
