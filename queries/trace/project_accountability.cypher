CYPHER 25
// 项目责任回溯 as known on $at: for each phase begun by then, its RESPONSIBLE posts (or persons), with the
// responsibility's dates (the edge's, else the phase's), and everybody who held those posts (or the posts
// such a person held) during the responsibility; then the signatures of the project's contracts and the
// decisions on it. The posts answering for the acts, who answers on $at and the leadership chains are read
// by trace/answers. Lists are cut at ${MAX_ITEMS_PLUS_ONE} rows (the service
// keeps one less and says truncated; it orders the responsibilities of a phase by role).
// Parameters: $projectId, $at (DATE).
MATCH (project:Project {id: $projectId})
CALL (project) {
  OPTIONAL MATCH (project)-[ownedBy:OWNED_BY]->(owner:Body)
  RETURN owner, ownedBy
  ORDER BY owner.id
  LIMIT 1
}
CALL (project) {
  OPTIONAL MATCH (project)-[hasPhase:HAS_PHASE]->(phase:Phase)
  WHERE phase.from <= $at
  WITH hasPhase, phase
  ORDER BY phase.from, phase.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  CALL (phase) {
    OPTIONAL MATCH (phase)-[responsible:RESPONSIBLE]->(target)
    WITH responsible, target, coalesce(responsible.from, phase.from) AS rf, coalesce(responsible.to, phase.to) AS rt
    WHERE (responsible IS NULL OR rf <= $at) AND (target IS NULL OR target:Post OR /*+visible(target:Person)*/ true)
    ORDER BY rf, target.id, responsible.role
    LIMIT ${MAX_ITEMS_PLUS_ONE}
    CALL (target, rf, rt) {
      OPTIONAL CALL (target, rf, rt) {
        MATCH (holder:Person)-[held:HELD]->(target:Post)
        RETURN holder, held, target AS post
        UNION
        MATCH (target:Person)-[held:HELD]->(post:Post)
        RETURN target AS holder, held, post
      }
      WITH holder, held, post, held.from AS since, held.to AS until
      WHERE holder IS NULL OR (since <= $at AND (rt IS NULL OR since < rt) AND (until IS NULL OR rf < until))
      ORDER BY since, holder.id, post.id
      LIMIT ${MAX_ITEMS_PLUS_ONE}
      RETURN collect(CASE WHEN holder IS NOT NULL THEN {person: holder, held: held, post: post} END) AS holders
    }
    RETURN collect(CASE WHEN responsible IS NOT NULL THEN {
      edge: responsible, target: target, body: [(target)-[:IN]->(body:Body) | body][0], from: rf, to: rt,
      holders: holders
    } END) AS responsibilities
  }
  RETURN collect(CASE WHEN phase IS NOT NULL THEN {phase: phase, edge: hasPhase, responsibilities: responsibilities} END) AS phases
}
CALL (project) {
  OPTIONAL MATCH (project)<-[for:FOR]-(contract:Contract)-[signed:SIGNED_BY]->(actor:Person)
  WITH for, contract, signed, actor, coalesce(signed.on, contract.signedOn) AS actOn
  WHERE (actOn IS NULL OR actOn <= $at) AND (actor IS NULL OR /*+visible(actor:Person)*/ true)
  ORDER BY actOn, contract.id, actor.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  RETURN collect(CASE WHEN contract IS NOT NULL THEN {
    kind: 'SIGNED', on: actOn, actor: actor, edge: signed, object: contract, context: for
  } END) AS signatures
}
CALL (project) {
  OPTIONAL MATCH (decision:Decision)-[onProject:ON]->(project)
  OPTIONAL MATCH (decision)-[decided:DECIDED_BY]->(actor)
  WITH decision, onProject, decided, actor, decision.decidedOn AS actOn
  WHERE (decision IS NULL OR actOn <= $at) AND (actor IS NULL OR NOT actor:Person OR /*+visible(actor:Person)*/ true)
  ORDER BY actOn, decision.id, actor.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  RETURN collect(CASE WHEN decision IS NOT NULL THEN {
    kind: 'DECIDED', on: actOn, actor: actor, edge: decided, object: decision, context: onProject
  } END) AS decisions
}
RETURN project, owner, ownedBy, phases, signatures, decisions
