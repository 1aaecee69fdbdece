// 重大决策 on a project taken by $at, with who decided (bodies first) and their source documents.
MATCH (d:Decision)-[:ON]->(:Project {id: $projectId})
WHERE d.decidedOn <= $at
RETURN d AS decision,
       COLLECT {
         MATCH (d)-[:DECIDED_BY]->(a)
         WHERE NOT a:Person OR /*+visible(a:Person)*/ true
         RETURN {type: CASE WHEN a:Body THEN 'BODY' WHEN a:Person THEN 'PERSON' ELSE 'COMPANY' END, node: a}
         ORDER BY CASE WHEN a:Body THEN 0 ELSE 1 END, a.id
       } AS decidedBy,
       COLLECT { MATCH (d)-[:SOURCED_FROM]->(doc:Document) RETURN doc ORDER BY doc.issuedOn, doc.id } AS sources
ORDER BY d.decidedOn, d.id
