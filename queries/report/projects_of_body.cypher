// The projects a body owns (实施机构), for writing all their reports at once; no row for an unknown body,
// a row with an empty list for a body without projects.
MATCH (b:Body {id: $bodyId})
RETURN b.id AS bodyId,
       COLLECT { MATCH (p:Project)-[:OWNED_BY]->(b) RETURN p.id ORDER BY p.id } AS projectIds
