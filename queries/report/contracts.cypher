// 合同 of a project signed by $at (or undated), with its parties and their roles and its source documents (the
// signers' posts and chains are the trace's projectAccountability).
MATCH (k:Contract)-[:FOR]->(:Project {id: $projectId})
WHERE k.signedOn IS NULL OR k.signedOn <= $at
RETURN k AS contract,
       [(k)-[r:PARTY]->(x) | {role: r.role, party: x}] AS parties,
       COLLECT { MATCH (k)-[:SOURCED_FROM]->(d:Document) RETURN d ORDER BY d.issuedOn, d.id } AS sources
ORDER BY k.signedOn, k.id
