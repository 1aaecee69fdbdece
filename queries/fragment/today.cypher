// ---- fragment/today: who answers today for a post ----
// In scope: thenPost (a Post), today. Gives now = [{post, basis, succession, evidence, chain}]: the post's
// body followed through SUCCEEDED_BY (dated by today, at most ${SUCCESSION_HOPS} steps) to the present
// body; there the same post when there was no reorganisation (SAME_POST); else for a principal post the
// successor's principal post (SUCCESSOR_PRINCIPAL); else the post the old post's holder moved to in the
// successor on the day of a reorganisation (SUCCESSOR_TRANSFER, 人员划转, the two HELD edges as evidence);
// else the post of the same title (SUCCESSOR_POST); else the principal post(s). Each with its chain today.
CALL (thenPost, today) {
  MATCH (thenPost)-[:IN]->(thenBody:Body)
  MATCH path = (thenBody)(()-[s:SUCCEEDED_BY WHERE s.on <= today]->()){0,${SUCCESSION_HOPS}}(nowBody:Body)
  WHERE NOT EXISTS { (nowBody)-[later:SUCCEEDED_BY]->() WHERE later.on <= today } OR length(path) = ${SUCCESSION_HOPS}
  WITH thenPost, nowBody, relationships(path) AS succession
  WITH thenPost, nowBody, succession,
       COLLECT {
         MATCH (thenPost)<-[left:HELD]-(:Person)-[joined:HELD]->(post:Post)-[:IN]->(nowBody)
         WITH post, left, joined, left.to AS leftOn, joined.from AS joinedOn
         WHERE leftOn = joinedOn AND leftOn IN [step IN succession | step.on]
         RETURN {post: post, left: left, joined: joined} AS move
         ORDER BY post.id
       } AS moves,
       COLLECT {
         MATCH (post:Post)-[:IN]->(nowBody)
         WHERE post.title = thenPost.title
         RETURN post ORDER BY post.id
       } AS titled,
       COLLECT { MATCH (post:Post {principal: true})-[:IN]->(nowBody) RETURN post ORDER BY post.id } AS principals
  WITH succession,
       CASE
         WHEN size(succession) = 0 THEN 'SAME_POST'
         WHEN coalesce(thenPost.principal, false) THEN 'SUCCESSOR_PRINCIPAL'
         WHEN size(moves) > 0 THEN 'SUCCESSOR_TRANSFER'
         WHEN size(titled) > 0 THEN 'SUCCESSOR_POST'
         ELSE 'SUCCESSOR_PRINCIPAL'
       END AS basis,
       moves, titled, principals, thenPost
  WITH succession, basis,
       CASE basis
         WHEN 'SAME_POST' THEN [thenPost]
         WHEN 'SUCCESSOR_TRANSFER' THEN [move IN moves | move.post]
         WHEN 'SUCCESSOR_POST' THEN titled
         ELSE principals
       END AS posts,
       CASE basis WHEN 'SUCCESSOR_TRANSFER' THEN moves ELSE [] END AS moves
  UNWIND posts AS start
  WITH DISTINCT succession, basis, start, [move IN moves WHERE move.post = start | [move.left, move.joined]] AS evidence,
       today AS ws, today + duration('P1D') AS we, today AS asOf
  ORDER BY start.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  // #include fragment/chain
  RETURN collect({post: start, basis: basis, succession: succession, evidence: evidence, chain: chain}) AS now
}
// ---- end of fragment/today ----
