CYPHER 25
// 领导链 on $at: from each post $personId held on that date (or from the post $postId) up through the
// REPORTS_TO lines valid on it. Each step has its body and the holders on the date. The hop bound (${CHAIN_HOPS})
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
WITH person, given, start
ORDER BY start.id
WITH person, given,
     collect(CASE WHEN start IS NOT NULL THEN {start: start, ws: $at, we: $at + duration('P1D'), asOf: $at} END)
       AS chainRequests
// #include fragment/chain
RETURN person, given AS post, [entry IN chains | entry.chain] AS chains
