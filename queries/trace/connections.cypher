CYPHER 25
// 关联路径: every shortest path, at most $maxHops (≤ ${MAX_PATH_HOPS}) long, between the entities $fromId and $toId over
// the relationship types $types (an allow-listed list, either direction). At most ${MAX_PATHS_PLUS_ONE} paths are read
// (the service returns one less and says truncated). An entity is joined to itself by the path of length 0,
// which the service adds. Parameters: $fromId, $toId, $maxHops, $types.
MATCH (from:Entity {id: $fromId})
MATCH (to:Entity {id: $toId})
OPTIONAL CALL (from, to) {
  WITH from, to
  WHERE from <> to
  MATCH path = ALL SHORTEST (from)-[link WHERE type(link) IN $types]-{1,${MAX_PATH_HOPS}}(to)
  WHERE length(path) <= $maxHops
  RETURN path
  LIMIT ${MAX_PATHS_PLUS_ONE}
}
RETURN from, to, collect(path) AS paths
