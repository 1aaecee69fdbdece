CYPHER 25
// The three steps every trace shares, in one query for all the items of a request (whatever their number):
// 1. the posts that answer for each act on its date (fragment/answerable);
// 2. who answers on $today (fragment/today) for each post that answered for an act (through the act's phase
//    responsibility, if any) and for each post or responsibility the trace asks about;
// 3. the leadership chains (fragment/chain): of each post of step 1 on the act's date, of each post of step 2
//    on $today, and of each post over each period the trace asks about.
// One list parameter (its size alone shapes the plan cache key), each item of one kind:
//   $requests = [{key, kind: 'ACT', actorId, on (DATE), objectId (null for none), phaseId, role, targetId,
//                 from (DATE)} (the last four: the act's RESPONSIBLE edge, its phase, role, target and effective
//                 first day; null without one)
//              | {key, kind: 'NOW', postId (null for a person's responsibility), phaseId, role, targetId, from}
//              | {key, kind: 'CHAIN', postId, from (DATE), to (DATE or null), asOf (DATE)}], $today (DATE).
// One row: acts = [{key, answerable}]; nows = [{subject: {postId, phaseId, role, targetId, from}, now}];
// chains = [{request: {postId, from, to, asOf}, chain}] (steps 2 and 3 once for each distinct subject and request).
CALL () {
  UNWIND $requests AS act
  WITH act
  WHERE act.kind = 'ACT'
  MATCH (actor:Entity {id: act.actorId})
  OPTIONAL MATCH (object:Entity {id: act.objectId})
  WITH act, actor, act.on AS actOn, object
  // #include fragment/answerable
  RETURN collect({act: act, answerable: answerable}) AS acts
}
CALL (acts) {
  UNWIND [request IN $requests WHERE request.kind = 'NOW'] + COLLECT {
           UNWIND acts AS entry
           UNWIND entry.answerable AS answer
           RETURN {postId: answer.post.id, phaseId: entry.act.phaseId, role: entry.act.role,
                   targetId: entry.act.targetId, from: entry.act.from} AS subject
         } AS request
  WITH DISTINCT request {.postId, .phaseId, .role, .targetId, .from} AS subject
  OPTIONAL MATCH (thenPost:Post {id: subject.postId})
  // the phase's few RESPONSIBLE edges, not every responsibility of the target
  OPTIONAL CALL (subject) {
    MATCH (phase:Phase {id: subject.phaseId})-[responsibility:RESPONSIBLE]->(target)
    WITH phase, responsibility, target, responsibility.role AS role, coalesce(responsibility.from, phase.from) AS since
    WHERE target.id = subject.targetId AND role = subject.role AND since = subject.from
    RETURN responsibility
    LIMIT 1
  }
  WITH subject, thenPost, responsibility, $today AS today
  // #include fragment/today
  RETURN collect({subject: subject, now: now}) AS nows
}
CALL (acts, nows) {
  UNWIND [request IN $requests WHERE request.kind = 'CHAIN'] + COLLECT {
           UNWIND acts AS entry
           UNWIND entry.answerable AS answer
           RETURN {postId: answer.post.id, from: entry.act.on, to: entry.act.on + duration('P1D'), asOf: entry.act.on}
             AS request
           UNION ALL
           UNWIND nows AS entry
           UNWIND entry.now AS answer
           RETURN {postId: answer.post.id, from: $today, to: $today + duration('P1D'), asOf: $today} AS request
         } AS request
  WITH DISTINCT request {.postId, .from, .to, .asOf} AS request
  MATCH (start:Post {id: request.postId})
  WITH collect({request: request, start: start, ws: request.from, we: request.to, asOf: request.asOf}) AS chainRequests
  // #include fragment/chain
  RETURN chains
}
RETURN acts, nows, chains
