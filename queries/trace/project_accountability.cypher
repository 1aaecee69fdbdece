CYPHER 25
// 项目责任回溯 as known on $at: for each phase begun by then, its RESPONSIBLE posts (or persons) and
// everybody who held them during the responsibility (dates default to the phase's), each with the
// leadership chain over that overlap, and who answers for each post on $at; then the signers of the project's contracts and the deciders of its
// decisions with their posts and chains on the date of the act. Lists are cut at 201 rows (the service
// keeps 200 and says truncated). Parameters: $projectId, $at (DATE).
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
  LIMIT 201
  CALL (phase) {
    OPTIONAL MATCH (phase)-[responsible:RESPONSIBLE]->(target)
    WITH responsible, target, coalesce(responsible.from, phase.from) AS rf, coalesce(responsible.to, phase.to) AS rt
    WHERE (responsible IS NULL OR rf <= $at) AND (target IS NULL OR target:Post OR /*+visible(target:Person)*/ true)
    ORDER BY CASE responsible.role WHEN 'PRINCIPAL' THEN 0 WHEN 'IN_CHARGE' THEN 1 WHEN 'RESPONSIBLE_OFFICER' THEN 2 ELSE 3 END,
             rf, target.id
    LIMIT 201
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
      RETURN collect(CASE WHEN holder IS NOT NULL THEN {person: holder, held: held, chain: chain} END) AS holders
    }
    // who answers for a post's responsibility on $at (its holder, or through a reorganisation)
    CALL (target) {
      OPTIONAL CALL (target) {
        MATCH (target:Post)
        WITH target AS thenPost, $at AS today
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
  WHERE actor IS NULL OR /*+visible(actor:Person)*/ true
  ORDER BY actOn, contract.id, actor.id
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
  RETURN collect(CASE WHEN contract IS NOT NULL THEN {
    kind: 'SIGNED', on: actOn, actor: actor, edge: signed, contract: contract, for: for, answerable: answerable
  } END) AS signatures
}
CALL (project) {
  OPTIONAL MATCH (decision:Decision)-[onProject:ON]->(project)
  OPTIONAL MATCH (decision)-[decided:DECIDED_BY]->(actor)
  WITH decision, onProject, decided, actor, decision.decidedOn AS actOn
  WHERE actor IS NULL OR NOT actor:Person OR /*+visible(actor:Person)*/ true
  ORDER BY actOn, decision.id, actor.id
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
  RETURN collect(CASE WHEN decision IS NOT NULL THEN {
    kind: 'DECIDED', on: actOn, actor: actor, edge: decided, decision: decision, onProject: onProject, answerable: answerable
  } END) AS decisions
}
RETURN project, owner, ownedBy, phases, signatures, decisions
