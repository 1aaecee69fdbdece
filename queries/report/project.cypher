// 项目概况 of a recall report: the project, its implementing body (实施机构), its source documents and those
// of its phases (who answered for each phase is the trace's projectAccountability).
MATCH (p:Project {id: $projectId})
RETURN p AS project,
       head(COLLECT { MATCH (p)-[:OWNED_BY]->(b:Body) RETURN b ORDER BY b.id }) AS owner,
       COLLECT { MATCH (p)-[:SOURCED_FROM]->(d:Document) RETURN d ORDER BY d.issuedOn, d.id } AS sources,
       [(p)-[:HAS_PHASE]->(ph:Phase) | {phase: ph, sources: [(ph)-[:SOURCED_FROM]->(d:Document) | d]}] AS phases
