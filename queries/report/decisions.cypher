// 重大决策 on a project taken by $at, with who decided and their source documents (the deciders' posts and
// chains are the trace's projectAccountability).
MATCH (d:Decision)-[:ON]->(:Project {id: $projectId})
WHERE d.decidedOn <= $at
RETURN d AS decision,
       [(d)-[:DECIDED_BY]->(a) WHERE NOT a:Person OR /*+visible(a:Person)*/ true | a] AS decidedBy,
       COLLECT { MATCH (d)-[:SOURCED_FROM]->(doc:Document) RETURN doc ORDER BY doc.issuedOn, doc.id } AS sources
ORDER BY d.decidedOn, d.id
