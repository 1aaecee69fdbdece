CYPHER 25
// 领导链 on $at: from each post $personId held on that date (or from the post $postId) up through the
// REPORTS_TO lines valid on it. Each step has its body and the holders on the date. The hop bound (20)
// and trail semantics keep a reporting cycle finite; the chain stops before the first repeated post.
// Parameters: $personId, $postId (one of them null), $at (DATE).
OPTIONAL MATCH (person:Person {id: $personId}) WHERE /*+visible(person:Person)*/ true
OPTIONAL MATCH (given:Post {id: $postId})
WITH person, given
WHERE person IS NOT NULL OR given IS NOT NULL
OPTIONAL CALL (person, given) {
  MATCH (person)-[held:HELD]->(start:Post)
  WHERE held.from <= $at AND (held.to IS NULL OR $at < held.to)
  RETURN start
  UNION
  WITH given
  WHERE given IS NOT NULL
  RETURN given AS start
}
WITH person, given, start, $at AS ws, $at + duration('P1D') AS we, $at AS asOf
ORDER BY start.id
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
WITH person, given, collect(chain) AS chains
RETURN person, given AS post, chains
