// ---- fragment/chain: the leadership chain (领导链) of one post over one period ----
// In scope: start (a Post, or null), ws (first day of the period: its REPORTS_TO lines are followed),
// we (exclusive end of the period, null when open), asOf (tenures that began after it are left out).
// Gives chain = {from, to, steps: [{post, body, reportsTo, holders: [{person, held}]}], cycleAt, truncated}
// (null when start is null): from start up through the REPORTS_TO lines valid on ws, at most
// ${CHAIN_HOPS} hops, stopping before the first repeated post of a reporting cycle; each step with
// everybody who held its post during [ws, we) whom the caller may see (the disclosure rules, $disclosure).
OPTIONAL CALL (start, ws, we, asOf) {
  MATCH path = (start)-[lines:REPORTS_TO*0..${CHAIN_HOPS}]->(:Post)
  WHERE all(line IN lines WHERE line.from <= ws AND (line.to IS NULL OR ws < line.to))
  WITH path
  ORDER BY length(path) DESC
  LIMIT 1
  WITH nodes(path) AS posts, relationships(path) AS links
  WITH posts, links, [i IN range(1, size(posts) - 1) WHERE posts[i] IN posts[..i]][0] AS repeat, posts[-1] AS last
  // (the lines out of the last post are read only for a chain as long as the bound)
  WITH posts, links, repeat,
       CASE WHEN repeat IS NULL AND size(links) = ${CHAIN_HOPS}
         THEN size([(last)-[next:REPORTS_TO]->() WHERE next.from <= ws AND (next.to IS NULL OR ws < next.to) | next]) > 0
         ELSE false END AS truncated
  UNWIND range(0, coalesce(repeat, size(posts)) - 1) AS i
  WITH posts, links, repeat, truncated, i, posts[i] AS post
  ORDER BY i
  WITH posts, repeat, truncated, collect({
    post: post,
    body: [(post)-[:IN]->(body:Body) | body][0],
    reportsTo: links[i],
    holders: [(incumbent:Person)-[tenure:HELD]->(post)
              WHERE tenure.from <= asOf AND (we IS NULL OR tenure.from < we) AND (tenure.to IS NULL OR ws < tenure.to)
                AND /*+visible(incumbent:Person)*/ true
              | {person: incumbent, held: tenure}]
  }) AS steps
  RETURN {from: ws, to: we, steps: steps, cycleAt: posts[repeat], truncated: truncated} AS chain
}
// ---- end of fragment/chain ----
