// 诚信记录 decided by $at that concern the project (itself, its decisions, contracts or commitments)
// or are against one of its responsible persons ($personIds), with subjects, issuer, what they concern,
// their lifecycle events up to $at (oldest first) and source documents; only what the caller may see (the
// disclosure rules: $disclosure).
MATCH (p:Project {id: $projectId})
CALL (p) {
  MATCH (rec:Record)-[:CONCERNS]->(p)
  RETURN rec, 'CONCERNS_PROJECT' AS relation
  UNION
  MATCH (rec:Record)-[:CONCERNS]->(:Decision)-[:ON]->(p)
  RETURN rec, 'CONCERNS_PROJECT' AS relation
  UNION
  MATCH (rec:Record)-[:CONCERNS]->(:Contract)-[:FOR]->(p)
  RETURN rec, 'CONCERNS_PROJECT' AS relation
  UNION
  MATCH (rec:Record)-[:CONCERNS]->(c:Commitment)
  WHERE (c)-[:FOR]->(p) OR (c)-[:UNDER]->(:Contract)-[:FOR]->(p)
  RETURN rec, 'CONCERNS_PROJECT' AS relation
  UNION
  MATCH (rec:Record)-[:AGAINST]->(pe:Person)
  WHERE pe.id IN $personIds
  RETURN rec, 'AGAINST_RESPONSIBLE_PERSON' AS relation
}
WITH rec, collect(DISTINCT relation) AS relations
WHERE rec.decidedOn <= $at AND /*+visible(rec:Record)*/ true
RETURN rec AS record,
       CASE WHEN 'CONCERNS_PROJECT' IN relations THEN 'CONCERNS_PROJECT' ELSE 'AGAINST_RESPONSIBLE_PERSON' END AS relation,
       COLLECT {
         MATCH (rec)-[:AGAINST]->(x)
         WHERE NOT x:Person OR /*+visible(x:Person)*/ true
         RETURN {type: CASE WHEN x:Body THEN 'BODY' WHEN x:Person THEN 'PERSON' ELSE 'COMPANY' END, node: x}
         ORDER BY x.id
       } AS against,
       head(COLLECT { MATCH (rec)-[:ISSUED_BY]->(b:Body) RETURN b ORDER BY b.id }) AS issuer,
       COLLECT {
         MATCH (rec)-[:CONCERNS]->(x)
         RETURN {type: CASE WHEN x:Project THEN 'PROJECT' WHEN x:Decision THEN 'DECISION'
                            WHEN x:Contract THEN 'CONTRACT' ELSE 'COMMITMENT' END,
                 id: x.id, title: coalesce(x.title, x.name), docNo: x.docNo}
         ORDER BY x.id
       } AS concerns,
       COLLECT {
         MATCH (rec)-[:HAS_EVENT]->(e:RecordEvent)
         WHERE e.on <= $at AND /*+visible(e:RecordEvent)*/ true
         RETURN e ORDER BY e.on, e.id
       } AS events,
       COLLECT { MATCH (rec)-[:SOURCED_FROM]->(d:Document) RETURN d ORDER BY d.issuedOn, d.id } AS sources
ORDER BY rec.decidedOn, rec.id
