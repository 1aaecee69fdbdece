// ---- fragment/today: who answers today for what a post answered for then (责任承继) ----
// In scope: thenPost (the Post that answered then; null for a responsibility assigned to a person),
// responsibility (the RESPONSIBLE edge through which it answered, or null), today.
// Gives now = [{post, basis, reassignment, held, followed, succession, evidence}] (`followed`: the post
// reached by step 1, whose body step 2 follows), in three steps:
// 1. The responsibility: when another RESPONSIBLE edge of the same role on the same phase began when or after
//    the edge ended (and by today), the latest such edge took it over (REASSIGNED; `reassignment` lists it).
//    A responsibility that is (now) a person's goes to the posts that person holds today while it lasts
//    (RESPONSIBLE_PERSON; `held` is the HELD edge), else to the posts they held on its last day, which step 2
//    follows as any post (the responsibility attaches to the office).
// 2. Reorganisations: the post's body is followed through SUCCEEDED_BY (dated by today, at most
//    ${SUCCESSION_HOPS} steps) to the present body; there the same post when there was none (SAME_POST); else
//    for a principal post the successor's principal post (SUCCESSOR_PRINCIPAL); else the post the old post's
//    holder moved to in the successor on the day of a reorganisation (SUCCESSOR_TRANSFER, 人员划转, the two HELD
//    edges in `evidence`); else the post of the same title (SUCCESSOR_POST); else the principal post(s).
// 3. The chain today of each post is read by the caller (fragment/chain), up to the principal leader.
// A person the caller may not see (the disclosure rules, $disclosure) leads to no post.
CALL (thenPost, responsibility, today) {
  WITH thenPost, responsibility, today, startNode(responsibility) AS phase
  WITH thenPost, responsibility, today,
       coalesce([(phase)-[next:RESPONSIBLE]->(nextTarget)
                 WHERE next.role = responsibility.role
                   AND coalesce(responsibility.to, phase.to) <= coalesce(next.from, phase.from) <= today
                 | {edge: next, target: nextTarget, from: coalesce(next.from, phase.from)}], []) AS later
  WITH thenPost, responsibility, today, later,
       reduce(latest = null, entry IN later | CASE WHEN latest IS NULL OR entry.from > latest THEN entry.from ELSE latest END)
         AS latestFrom
  UNWIND CASE
           WHEN size(later) > 0 THEN [entry IN later WHERE entry.from = latestFrom | {target: entry.target, edge: entry.edge, reassigned: true}]
           WHEN responsibility IS NOT NULL THEN [{target: endNode(responsibility), edge: responsibility, reassigned: false}]
           ELSE [{target: thenPost, edge: null, reassigned: false}]
         END AS taken
  WITH today, taken.target AS target, CASE WHEN taken.reassigned THEN [taken.edge] ELSE [] END AS reassignment,
       coalesce(taken.edge.to, startNode(taken.edge).to) AS takenTo
  // A person answers through the posts held today while the responsibility lasts, else through those held on
  // its last day (followed to today like any post).
  WITH today, target, reassignment, takenTo IS NULL OR today < takenTo AS current,
       CASE WHEN takenTo IS NULL OR today < takenTo THEN today ELSE takenTo - duration('P1D') END AS personDay
  CALL (target, personDay) {
    MATCH (target:Post)
    RETURN target AS stepPost, null AS held
    UNION
    MATCH (target:Person)-[held:HELD]->(stepPost:Post)
    WITH target, stepPost, held, held.from AS since, held.to AS until
    WHERE since <= personDay AND (until IS NULL OR personDay < until) AND /*+visible(target:Person)*/ true
    RETURN stepPost, held
  }
  MATCH (stepPost)-[:IN]->(thenBody:Body)
  MATCH path = (thenBody)-[steps:SUCCEEDED_BY*0..${SUCCESSION_HOPS}]->(nowBody:Body)
  WHERE all(step IN steps WHERE step.on <= today)
    AND (length(path) = ${SUCCESSION_HOPS} OR NOT EXISTS { (nowBody)-[later:SUCCEEDED_BY]->() WHERE later.on <= today })
  WITH target, current, reassignment, held, stepPost, nowBody, relationships(path) AS succession
  // (the successor's posts are read only after a reorganisation)
  WITH target, current, reassignment, held, stepPost, succession,
       CASE WHEN size(succession) > 0 THEN [(stepPost)<-[left:HELD]-(:Person)-[joined:HELD]->(post:Post)-[:IN]->(nowBody)
        WHERE left.to = joined.from AND left.to IN [step IN succession | step.on]
        | {post: post, left: left, joined: joined}] ELSE [] END AS moves,
       CASE WHEN size(succession) > 0 THEN [(post:Post)-[:IN]->(nowBody) WHERE post.title = stepPost.title | post]
         ELSE [] END AS titled,
       CASE WHEN size(succession) > 0 THEN [(post:Post {principal: true})-[:IN]->(nowBody) | post] ELSE [] END
         AS principals
  WITH reassignment, CASE WHEN target:Person AND current THEN held END AS held, succession, moves, titled, principals,
       stepPost,
       CASE
         WHEN size(succession) = 0 AND target:Person AND current THEN 'RESPONSIBLE_PERSON'
         WHEN size(succession) = 0 AND size(reassignment) > 0 THEN 'REASSIGNED'
         WHEN size(succession) = 0 THEN 'SAME_POST'
         WHEN coalesce(stepPost.principal, false) THEN 'SUCCESSOR_PRINCIPAL'
         WHEN size(moves) > 0 THEN 'SUCCESSOR_TRANSFER'
         WHEN size(titled) > 0 THEN 'SUCCESSOR_POST'
         ELSE 'SUCCESSOR_PRINCIPAL'
       END AS basis
  WITH reassignment, held, succession, basis, stepPost,
       CASE
         WHEN size(succession) = 0 THEN [stepPost]
         WHEN basis = 'SUCCESSOR_TRANSFER' THEN [move IN moves | move.post]
         WHEN basis = 'SUCCESSOR_POST' THEN titled
         ELSE principals
       END AS posts,
       CASE basis WHEN 'SUCCESSOR_TRANSFER' THEN moves ELSE [] END AS moves
  UNWIND posts AS post
  WITH DISTINCT post, basis, reassignment, held, stepPost, succession,
       [move IN moves WHERE move.post = post | [move.left, move.joined]] AS evidence
  ORDER BY post.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  RETURN collect({post: post, basis: basis, reassignment: reassignment, held: held, followed: stepPost,
                  succession: succession, evidence: evidence}) AS now
}
// ---- end of fragment/today ----
