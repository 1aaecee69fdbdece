// ---- fragment/chain: the leadership chains (领导链) of posts, each over one period ----
// In scope: chainRequests = [{request, start, ws, we, asOf}]: `request` names the chain for the caller, start is
// a Post, ws the first day of the period (its REPORTS_TO lines are followed), we the exclusive end of the period
// (null when open), asOf the day after which begun tenures are left out.
// Gives chains = [{request, chain}] in the order of chainRequests, each chain = {from, to, steps: [{post, body,
// reportsTo, holders: [{person, held}]}], cycleAt, truncated}: from start up through the REPORTS_TO lines valid
// on ws, at most ${CHAIN_HOPS} hops, stopping before the first repeated post of a reporting cycle; each step with
// everybody who held its post during [ws, we) whom the caller may see (the disclosure rules, $disclosure).
CALL (chainRequests) {
  UNWIND range(0, size(chainRequests) - 1) AS n
  WITH n, chainRequests[n] AS chainRequest
  WITH n, chainRequest.request AS request, chainRequest.start AS start, chainRequest.ws AS ws,
       chainRequest.we AS we, chainRequest.asOf AS asOf
  CALL (start, ws) {
    MATCH path = (start)-[lines:REPORTS_TO*0..${CHAIN_HOPS}]->(:Post)
    WHERE all(line IN lines WHERE line.from <= ws AND (line.to IS NULL OR ws < line.to))
    WITH path
    ORDER BY length(path) DESC
    LIMIT 1
    WITH nodes(path) AS posts, relationships(path) AS links
    WITH posts, links, [i IN range(1, size(posts) - 1) WHERE posts[i] IN posts[..i]][0] AS repeat, posts[-1] AS last
    // (the lines out of the last post are read only for a chain as long as the bound)
    RETURN posts, links, repeat,
           CASE WHEN repeat IS NULL AND size(links) = ${CHAIN_HOPS}
             THEN size([(last)-[next:REPORTS_TO]->() WHERE next.from <= ws AND (next.to IS NULL OR ws < next.to) | next]) > 0
             ELSE false END AS truncated
  }
  UNWIND range(0, coalesce(repeat, size(posts)) - 1) AS i
  // Chains of posts under the same superiors share their upper steps: each distinct step (a post over a period)
  // reads its body and holders once, then goes back to every chain that passes through it.
  WITH posts[i] AS post, ws, we, asOf,
       collect({n: n, i: i, request: request, reportsTo: links[i], cycleAt: posts[repeat], truncated: truncated}) AS uses
  WITH ws, we, uses, {
    post: post,
    body: [(post)-[:IN]->(body:Body) | body][0],
    holders: [(incumbent:Person)-[tenure:HELD]->(post)
              WHERE tenure.from <= asOf AND (we IS NULL OR tenure.from < we) AND (tenure.to IS NULL OR ws < tenure.to)
                AND /*+visible(incumbent:Person)*/ true
              | {person: incumbent, held: tenure}]
  } AS shared
  UNWIND uses AS use
  WITH use, ws, we, shared
  ORDER BY use.n, use.i
  WITH use.n AS n, ws, we, head(collect(use)) AS first,
       collect({post: shared.post, body: shared.body, reportsTo: use.reportsTo, holders: shared.holders}) AS steps
  ORDER BY n
  RETURN collect({request: first.request,
                  chain: {from: ws, to: we, steps: steps, cycleAt: first.cycleAt, truncated: first.truncated}}) AS chains
}
// ---- end of fragment/chain ----
