CYPHER 25
// 关系网络 of entity $id over the relationship types $types: the centre's links grouped by type and
// direction, each group paged ($first after $offset, ordered by the neighbour's id) with its total; and
// the drawing up to $depth hops: the centre's pages, then at most $first links of each type and
// direction per node and ${GRAPH_EDGES_PLUS_ONE} links per level (the service keeps ${GRAPH_EDGES} in all and says truncated).
// Only nodes the caller may see are shown, counted or expanded (the disclosure rules); links and nodes no
// longer in force (withdrawnOn: a task or link a corrected policy document dropped) are left out, as the
// relationship fields leave them out.
// Parameters: $id, $types, $first, $offset, $depth, $disclosure.
MATCH (centre:Entity {id: $id}) WHERE /*+visible(centre)*/ true
CALL (centre) {
  OPTIONAL MATCH (centre)-[link]-(neighbour)
  WHERE type(link) IN $types AND link.withdrawnOn IS NULL AND neighbour.withdrawnOn IS NULL
    AND /*+visible(neighbour)*/ true
  WITH type(link) AS type, CASE WHEN startNode(link) = centre THEN 'OUT' ELSE 'IN' END AS direction, link, neighbour
  ORDER BY type, direction, neighbour.id, elementId(link)
  WITH type, direction, collect({link: link, node: neighbour}) AS links
  WHERE type IS NOT NULL
  RETURN collect({type: type, direction: direction, total: size(links), page: links[$offset..$offset + $first]}) AS groups
}
WITH centre, groups, reduce(nodes = [], group IN groups | nodes + [entry IN group.page | entry.node]) AS level1
WITH centre, groups,
     COLLECT { UNWIND level1 AS node WITH DISTINCT node WHERE node <> centre RETURN node } AS frontier,
     [centre] + level1 AS seen
// Level 2, then level 3 (same expansion): at most $first links per node, type and direction.
CALL (frontier) {
  UNWIND CASE WHEN $depth >= 2 THEN frontier ELSE [] END AS node
  CALL (node) {
    MATCH (node)-[link]-(next)
    WHERE type(link) IN $types AND link.withdrawnOn IS NULL AND next.withdrawnOn IS NULL
      AND /*+visible(next)*/ true
    WITH type(link) AS type, startNode(link) = node AS out, link, next
    ORDER BY next.id, elementId(link)
    WITH type, out, collect({link: link, node: next}) AS links
    UNWIND links[..$first] AS entry
    RETURN entry, size(links) > $first AS cut
  }
  WITH entry, cut
  LIMIT ${GRAPH_EDGES_PLUS_ONE}
  WITH collect(entry) AS links, collect(cut) AS cuts
  RETURN links AS level2, size(links) > ${GRAPH_EDGES} OR any(cut IN cuts WHERE cut) AS cut2
}
WITH centre, groups, level2, cut2,
     COLLECT { UNWIND level2 AS entry WITH DISTINCT entry.node AS node WHERE NOT node IN seen RETURN node } AS frontier
CALL (frontier) {
  UNWIND CASE WHEN $depth > 2 THEN frontier ELSE [] END AS node
  CALL (node) {
    MATCH (node)-[link]-(next)
    WHERE type(link) IN $types AND link.withdrawnOn IS NULL AND next.withdrawnOn IS NULL
      AND /*+visible(next)*/ true
    WITH type(link) AS type, startNode(link) = node AS out, link, next
    ORDER BY next.id, elementId(link)
    WITH type, out, collect({link: link, node: next}) AS links
    UNWIND links[..$first] AS entry
    RETURN entry, size(links) > $first AS cut
  }
  WITH entry, cut
  LIMIT ${GRAPH_EDGES_PLUS_ONE}
  WITH collect(entry) AS links, collect(cut) AS cuts
  RETURN links AS level3, size(links) > ${GRAPH_EDGES} OR any(cut IN cuts WHERE cut) AS cut3
}
RETURN centre, groups, level2 + level3 AS links, cut2 OR cut3 AS cut
