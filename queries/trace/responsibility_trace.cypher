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
OPTIONAL MATCH (record:Record {id: $recordId}) WHERE /*+visible(record:Record)*/ true
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
  MATCH path = (maker)(()-[s:SUCCEEDED_BY WHERE s.on <= commitment.dueOn]->()){0,10}(actor:Body)
  WHERE NOT EXISTS { (actor)-[later:SUCCEEDED_BY]->() WHERE later.on <= commitment.dueOn } OR length(path) = 10
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
// an actor the caller may not see (the disclosure rules) leaves no act; the trace itself stays
WITH subject, today, context, kind, actor, edge, actOn, object, succession, actor IS NULL OR NOT actor:Person OR /*+visible(actor:Person)*/ true AS shown
WITH subject, today, context, CASE WHEN shown THEN kind END AS kind, CASE WHEN shown THEN actor END AS actor,
     edge, actOn, object, succession
ORDER BY actOn, kind, actor.id, object.id
LIMIT 201
// ---- answerable fragment (same text in every trace query): (actor, actOn) -> answerable ----
// A person answers through the posts held on the date, a body through its principal post(s), a post
// (assigned a phase) through itself; each with its chain on the date.
CALL (actor, actOn) {
  OPTIONAL CALL (actor, actOn) {
    MATCH (actor:Person)-[through:HELD]->(post:Post)
    WHERE through.from <= actOn AND (through.to IS NULL OR actOn < through.to)
    RETURN post, 'HELD_POST' AS basis, through
    UNION
    MATCH (actor:Body)<-[through:IN]-(post:Post {principal: true})
    RETURN post, 'PRINCIPAL_POST' AS basis, through
    UNION
    MATCH (actor:Post)
    RETURN actor AS post, 'RESPONSIBLE_POST' AS basis, null AS through
  }
  WITH post AS start, basis, through, actOn AS ws, actOn + duration('P1D') AS we, actOn AS asOf
  ORDER BY start.id
  LIMIT 201
  // ---- chain fragment (same text in every trace query): (start, ws, we, asOf) -> chain ----
  OPTIONAL CALL (start, ws, we, asOf) {
    MATCH path = (start)(()-[r:REPORTS_TO WHERE r.from <= ws AND (r.to IS NULL OR ws < r.to)]->()){0,20}(:Post)
    WITH path
    ORDER BY length(path) DESC
    LIMIT 1
    WITH nodes(path) AS posts, relationships(path) AS links
    WITH posts, links, [i IN range(1, size(posts) - 1) WHERE posts[i] IN posts[..i]][0] AS repeat
    WITH posts, links, repeat, posts[-1] AS last
    WITH posts, links, repeat,
         repeat IS NULL AND size(links) = 20
           AND EXISTS { (last)-[r:REPORTS_TO]->() WHERE r.from <= ws AND (r.to IS NULL OR ws < r.to) } AS truncated
    UNWIND range(0, coalesce(repeat, size(posts)) - 1) AS i
    WITH posts, links, repeat, truncated, i, posts[i] AS post
    ORDER BY i
    WITH posts, repeat, truncated, collect({
      post: post,
      body: [(post)-[:IN]->(body:Body) | body][0],
      reportsTo: links[i],
      holders: COLLECT {
        MATCH (incumbent:Person)-[tenure:HELD]->(post)
        WITH incumbent, tenure, tenure.from AS since, tenure.to AS until
        WHERE since <= asOf AND (we IS NULL OR since < we) AND (until IS NULL OR ws < until)
        RETURN {person: incumbent, held: tenure} AS holding
        ORDER BY since, incumbent.id
      }
    }) AS steps
    RETURN {from: ws, to: we, steps: steps, cycleAt: posts[repeat], truncated: truncated} AS chain
  }
  // ---- end of chain fragment ----
  RETURN collect(CASE WHEN start IS NOT NULL THEN {post: start, basis: basis, through: through, chain: chain} END) AS answerable
}
// ---- end of answerable fragment ----
CALL (answerable, today) {
  UNWIND answerable AS then
  WITH then.post AS thenPost, today
  // ---- today fragment (same text in every trace query): (thenPost, today) -> now ----
  // Who answers today for a post: the post's body followed through SUCCEEDED_BY (dated by then) to the
  // present body; there the same post when there was no reorganisation; else for a principal post the
  // successor's principal post; else the post the old post's holder moved to in the successor on the day
  // of a reorganisation (人员划转); else the post of the same title; else the principal post(s). Each with
  // its holders and chain today, and the HELD edges of a move as evidence.
  CALL (thenPost, today) {
    MATCH (thenPost)-[:IN]->(thenBody:Body)
    MATCH path = (thenBody)(()-[s:SUCCEEDED_BY WHERE s.on <= today]->()){0,10}(nowBody:Body)
    WHERE NOT EXISTS { (nowBody)-[later:SUCCEEDED_BY]->() WHERE later.on <= today } OR length(path) = 10
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
    LIMIT 201
    // ---- chain fragment (same text in every trace query): (start, ws, we, asOf) -> chain ----
    OPTIONAL CALL (start, ws, we, asOf) {
      MATCH path = (start)(()-[r:REPORTS_TO WHERE r.from <= ws AND (r.to IS NULL OR ws < r.to)]->()){0,20}(:Post)
      WITH path
      ORDER BY length(path) DESC
      LIMIT 1
      WITH nodes(path) AS posts, relationships(path) AS links
      WITH posts, links, [i IN range(1, size(posts) - 1) WHERE posts[i] IN posts[..i]][0] AS repeat
      WITH posts, links, repeat, posts[-1] AS last
      WITH posts, links, repeat,
           repeat IS NULL AND size(links) = 20
             AND EXISTS { (last)-[r:REPORTS_TO]->() WHERE r.from <= ws AND (r.to IS NULL OR ws < r.to) } AS truncated
      UNWIND range(0, coalesce(repeat, size(posts)) - 1) AS i
      WITH posts, links, repeat, truncated, i, posts[i] AS post
      ORDER BY i
      WITH posts, repeat, truncated, collect({
        post: post,
        body: [(post)-[:IN]->(body:Body) | body][0],
        reportsTo: links[i],
        holders: COLLECT {
          MATCH (incumbent:Person)-[tenure:HELD]->(post)
          WITH incumbent, tenure, tenure.from AS since, tenure.to AS until
          WHERE since <= asOf AND (we IS NULL OR since < we) AND (until IS NULL OR ws < until)
          RETURN {person: incumbent, held: tenure} AS holding
          ORDER BY since, incumbent.id
        }
      }) AS steps
      RETURN {from: ws, to: we, steps: steps, cycleAt: posts[repeat], truncated: truncated} AS chain
    }
    // ---- end of chain fragment ----
    RETURN collect({post: start, basis: basis, succession: succession, evidence: evidence, chain: chain}) AS now
  }
  // ---- end of today fragment ----
  RETURN collect({post: thenPost, now: now}) AS todays
}
RETURN subject, today, context, collect(CASE WHEN kind IS NOT NULL THEN {
  kind: kind, actor: actor, edge: edge, on: actOn, object: object, succession: succession,
  answerable: answerable, todays: todays
} END) AS acts
