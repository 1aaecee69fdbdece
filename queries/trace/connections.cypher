CYPHER 25
// 关联路径: every shortest path, at most $maxHops (≤ 6) long, between the entities $fromId and $toId over
// the relationship types $types (an allow-listed list, either direction). At most 26 paths are read
// (the service returns 25 and says truncated). Parameters: $fromId, $toId, $maxHops, $types.
MATCH (from:Entity {id: $fromId})
MATCH (to:Entity {id: $toId})
OPTIONAL CALL (from, to) {
  MATCH path = ALL SHORTEST (from)-[link WHERE type(link) IN $types]-{1,6}(to)
  WHERE length(path) <= $maxHops
  RETURN path
  LIMIT 26
}
RETURN from, to, collect(path) AS paths
