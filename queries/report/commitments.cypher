// 承诺 made for a project, directly or under one of its contracts, by $at (or undated): maker, signer,
// contract, beneficiaries, the status history up to $at (oldest first) and source documents.
MATCH (p:Project {id: $projectId})
CALL (p) {
  MATCH (c:Commitment)-[:FOR]->(p)
  RETURN c
  UNION
  MATCH (c:Commitment)-[:UNDER]->(:Contract)-[:FOR]->(p)
  RETURN c
}
WITH c
WHERE c.madeOn IS NULL OR c.madeOn <= $at
RETURN c AS commitment,
       head(COLLECT { MATCH (b:Body)-[:MADE]->(c) RETURN b ORDER BY b.id }) AS maker,
       head(COLLECT { MATCH (c)-[s:SIGNED_BY]->(pe:Person) WHERE /*+visible(pe:Person)*/ true RETURN {person: pe, on: s.on} ORDER BY s.on, pe.id }) AS signature,
       head(COLLECT { MATCH (c)-[:UNDER]->(k:Contract) RETURN k ORDER BY k.id }) AS contract,
       COLLECT {
         MATCH (c)-[:TO]->(x)
         RETURN {type: CASE WHEN x:Body THEN 'BODY' WHEN x:Person THEN 'PERSON' ELSE 'COMPANY' END, node: x}
         ORDER BY x.id
       } AS beneficiaries,
       COLLECT {
         MATCH (c)-[:HAS_EVENT]->(e:CommitmentEvent)
         WHERE e.on <= $at
         RETURN e ORDER BY e.on, e.id
       } AS events,
       COLLECT { MATCH (c)-[:SOURCED_FROM]->(d:Document) RETURN d ORDER BY d.issuedOn, d.id } AS sources
ORDER BY c.dueOn, c.id
