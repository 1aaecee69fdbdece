CYPHER 25
// 项目责任回溯 as known on $at: for each phase begun by then, its RESPONSIBLE posts (or persons) and
// everybody who held them during the responsibility (dates default to the phase's), each with the
// leadership chain over that overlap, and who answers for each post on $at; then the signers of the
// project's contracts and the deciders of its decisions with their posts and chains on the date of the act.
// Lists are cut at ${MAX_ITEMS_PLUS_ONE} rows (the service keeps one less and says truncated; it orders the
// responsibilities of a phase by role). Parameters: $projectId, $at (DATE).
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
    WHERE responsible IS NULL OR rf <= $at
    ORDER BY rf, target.id, responsible.role
    LIMIT ${MAX_ITEMS_PLUS_ONE}
    CALL (target, rf, rt) {
      OPTIONAL CALL (target, rf, rt) {
        MATCH (holder:Person)-[held:HELD]->(target:Post)
        WHERE held.from <= $at AND (rt IS NULL OR held.from < rt) AND (held.to IS NULL OR rf < held.to)
        RETURN holder, held, target AS post
        UNION
        MATCH (target:Person)-[held:HELD]->(post:Post)
        WHERE held.from <= $at AND (rt IS NULL OR held.from < rt) AND (held.to IS NULL OR rf < held.to)
        RETURN target AS holder, held, post
      }
      WITH holder, held, post AS start,
           CASE WHEN held.from > rf THEN held.from ELSE rf END AS ws,
           CASE WHEN rt IS NULL THEN held.to WHEN held.to IS NULL OR rt < held.to THEN rt ELSE held.to END AS we,
           $at AS asOf
      ORDER BY held.from, holder.id, start.id
      LIMIT ${MAX_ITEMS_PLUS_ONE}
      // #include fragment/chain
      RETURN collect(CASE WHEN holder IS NOT NULL THEN {person: holder, held: held, chain: chain} END) AS holders
    }
    // who answers for a post's responsibility on $at (its holder, or through a reorganisation)
    CALL (target) {
      OPTIONAL CALL (target) {
        MATCH (target:Post)
        WITH target AS thenPost, $at AS today
        // #include fragment/today
        RETURN now
      }
      RETURN coalesce(now, []) AS now
    }
    RETURN collect(CASE WHEN responsible IS NOT NULL THEN {
      edge: responsible, target: target, body: [(target)-[:IN]->(body:Body) | body][0], from: rf, to: rt, holders: holders,
      now: now
    } END) AS responsibilities
  }
  RETURN collect(CASE WHEN phase IS NOT NULL THEN {phase: phase, edge: hasPhase, responsibilities: responsibilities} END) AS phases
}
CALL (project) {
  OPTIONAL MATCH (project)<-[for:FOR]-(contract:Contract)-[signed:SIGNED_BY]->(actor:Person)
  WITH for, contract, signed, actor, coalesce(signed.on, contract.signedOn) AS actOn
  ORDER BY actOn, contract.id, actor.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  // #include fragment/answerable
  RETURN collect(CASE WHEN contract IS NOT NULL THEN {
    kind: 'SIGNED', on: actOn, actor: actor, edge: signed, contract: contract, for: for, answerable: answerable
  } END) AS signatures
}
CALL (project) {
  OPTIONAL MATCH (decision:Decision)-[onProject:ON]->(project)
  OPTIONAL MATCH (decision)-[decided:DECIDED_BY]->(actor)
  WITH decision, onProject, decided, actor, decision.decidedOn AS actOn
  ORDER BY actOn, decision.id, actor.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  // #include fragment/answerable
  RETURN collect(CASE WHEN decision IS NOT NULL THEN {
    kind: 'DECIDED', on: actOn, actor: actor, edge: decided, decision: decision, onProject: onProject, answerable: answerable
  } END) AS decisions
}
RETURN project, owner, ownedBy, phases, signatures, decisions
