// 项目概况 of a recall report: the project, its implementing body (实施机构) and its source documents.
MATCH (p:Project {id: $projectId})
RETURN p AS project,
       head(COLLECT { MATCH (p)-[:OWNED_BY]->(b:Body) RETURN b ORDER BY b.id }) AS owner,
       COLLECT { MATCH (p)-[:SOURCED_FROM]->(d:Document) RETURN d ORDER BY d.issuedOn, d.id } AS sources
