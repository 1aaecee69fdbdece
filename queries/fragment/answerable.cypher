// ---- fragment/answerable: the posts that answer for an act on its date ----
// In scope: actor (a Person, Body or Post), actOn (the date of the act). Gives answerable = [{post, basis,
// through, chain}]: a person answers through the posts held on the date (HELD_POST), a body through its
// principal post(s) (PRINCIPAL_POST), a post (assigned a phase) through itself (RESPONSIBLE_POST); each
// with its chain on the date (fragment/chain).
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
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  // #include fragment/chain
  RETURN collect(CASE WHEN start IS NOT NULL THEN {post: start, basis: basis, through: through, chain: chain} END) AS answerable
}
// ---- end of fragment/answerable ----
