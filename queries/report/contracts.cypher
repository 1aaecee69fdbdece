// 合同 of a project signed by $at (or undated), with parties and roles (government side first),
// signers for the government side and source documents.
MATCH (k:Contract)-[:FOR]->(:Project {id: $projectId})
WHERE k.signedOn IS NULL OR k.signedOn <= $at
RETURN k AS contract,
       COLLECT {
         MATCH (k)-[r:PARTY]->(x)
         RETURN {role: r.role, type: CASE WHEN x:Body THEN 'BODY' WHEN x:Person THEN 'PERSON' ELSE 'COMPANY' END,
                 node: x}
         ORDER BY CASE WHEN x:Body THEN 0 ELSE 1 END, r.role, x.id
       } AS parties,
       COLLECT {
         MATCH (k)-[s:SIGNED_BY]->(pe:Person)
         WHERE /*+visible(pe:Person)*/ true
         RETURN {person: pe, on: s.on} ORDER BY s.on, pe.id
       } AS signers,
       COLLECT { MATCH (k)-[:SOURCED_FROM]->(d:Document) RETURN d ORDER BY d.issuedOn, d.id } AS sources
ORDER BY k.signedOn, k.id
