// The phases of a project begun by $at, each with its RESPONSIBLE edges (dates default to the phase's)
// begun by $at, the principal responsibility first, and its source documents.
MATCH (:Project {id: $projectId})-[:HAS_PHASE]->(ph:Phase)
WHERE ph.from <= $at
RETURN ph AS phase,
       COLLECT {
         MATCH (ph)-[r:RESPONSIBLE]->(t)
         WITH r, t, coalesce(r.from, ph.from) AS rFrom, coalesce(r.to, ph.to) AS rTo
         WHERE rFrom <= $at AND (NOT t:Person OR /*+visible(t:Person)*/ true)
         RETURN {role: r.role, from: rFrom, to: rTo,
                 post: CASE WHEN t:Post THEN t END,
                 body: head([(t)-[:IN]->(b:Body) | b]),
                 person: CASE WHEN t:Person THEN t END}
         ORDER BY CASE r.role WHEN 'PRINCIPAL' THEN 0 WHEN 'IN_CHARGE' THEN 1
                  WHEN 'GOVERNMENT_REPRESENTATIVE' THEN 2 ELSE 3 END, rFrom, t.id
       } AS responsibilities,
       COLLECT { MATCH (ph)-[:SOURCED_FROM]->(d:Document) RETURN d ORDER BY d.issuedOn, d.id } AS sources
ORDER BY ph.from, ph.id
