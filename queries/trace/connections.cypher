CYPHER 25
// 关联路径: every shortest path, at most $maxHops (≤ ${MAX_PATH_HOPS}) long, between the entities $fromId and $toId over
// the relationship types $types (an allow-listed list, either direction). At most ${MAX_PATHS_PLUS_ONE} paths are read
// (the service returns one less and says truncated). An entity is joined to itself by the path of length 0,
// which the service adds. No path runs through a node the caller may not see (the disclosure rules), nor through
// a link or node no longer in force (withdrawnOn).
// Parameters: $fromId, $toId, $maxHops, $types, $disclosure.
MATCH (from:Entity {id: $fromId}) WHERE /*+visible(from)*/ true
MATCH (to:Entity {id: $toId}) WHERE /*+visible(to)*/ true
OPTIONAL CALL (from, to) {
  WITH from, to
  WHERE from <> to
  // the rule is checked on every node during the search: the shortest paths among the nodes the caller sees
  MATCH path = allShortestPaths((from)-[links*1..${MAX_PATH_HOPS}]-(to))
  // (a withdrawn node is checked as the end of a link: written as a node predicate beside the disclosure
  // rules, the runtime of Neo4j 2026.08 fails the search with a NullPointerException)
  WHERE length(path) <= $maxHops
    AND all(link IN links WHERE type(link) IN $types AND link.withdrawnOn IS NULL
      AND startNode(link).withdrawnOn IS NULL AND endNode(link).withdrawnOn IS NULL)
    AND all(step IN nodes(path) WHERE /*+visible(step)*/ true)
  RETURN path
  LIMIT ${MAX_PATHS_PLUS_ONE}
}
RETURN from, to, collect(path) AS paths
