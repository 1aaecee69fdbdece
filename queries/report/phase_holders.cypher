// Interim, until the tracing feature's projectAccountability is merged: for every RESPONSIBLE edge of
// the project's phases begun by $at, who held the post (or, for a person, which posts they held) during
// the responsibility, the overlap of tenure and responsibility, and the leadership chain of the post:
// the REPORTS_TO lines valid on the first day of the overlap, each step with every holder whose tenure
// overlaps it (nobody: vacant).
MATCH (:Project {id: $projectId})-[:HAS_PHASE]->(ph:Phase)-[r:RESPONSIBLE]->(t)
WITH ph, r, t, coalesce(r.from, ph.from) AS rFrom, coalesce(r.to, ph.to) AS rTo
WHERE rFrom <= $at
CALL (t, rFrom, rTo) {
  MATCH (t:Post)<-[h:HELD]-(person:Person)
  WHERE h.from <= $at AND (rTo IS NULL OR h.from < rTo) AND (h.to IS NULL OR rFrom < h.to)
  RETURN person, t AS post, h.from AS tenureFrom, h.to AS tenureTo
  UNION
  MATCH (t:Person)-[h:HELD]->(post:Post)
  WHERE h.from <= $at AND (rTo IS NULL OR h.from < rTo) AND (h.to IS NULL OR rFrom < h.to)
  RETURN t AS person, post, h.from AS tenureFrom, h.to AS tenureTo
}
WITH ph, r, t, rFrom, rTo, person, post, tenureFrom, tenureTo,
     CASE WHEN tenureFrom > rFrom THEN tenureFrom ELSE rFrom END AS overlapFrom,
     CASE WHEN rTo IS NULL THEN tenureTo
          WHEN tenureTo IS NULL OR rTo < tenureTo THEN rTo
          ELSE tenureTo END AS overlapTo
CALL (post, overlapFrom) {
  MATCH path = (post)-[:REPORTS_TO*0..12]->(:Post)
  WHERE all(l IN relationships(path) WHERE l.from <= overlapFrom AND (l.to IS NULL OR overlapFrom < l.to))
  RETURN nodes(path)[1..] AS superiors
  ORDER BY length(path) DESC
  LIMIT 1
}
RETURN ph.id AS phaseId, r.role AS role, rFrom, t.id AS targetId,
       person, post, head([(post)-[:IN]->(b:Body) | b]) AS body,
       tenureFrom, tenureTo, overlapFrom, overlapTo,
       [s IN superiors | {
         post: s,
         body: head([(s)-[:IN]->(b:Body) | b]),
         holders: [(x:Person)-[hh:HELD]->(s)
                   WHERE hh.from <= $at AND (overlapTo IS NULL OR hh.from < overlapTo)
                     AND (hh.to IS NULL OR overlapFrom < hh.to)
                   | {person: x, from: hh.from, to: hh.to}]
       }] AS chain
ORDER BY phaseId, role, targetId, tenureFrom, person.id
