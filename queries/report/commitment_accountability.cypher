// Interim, until the tracing feature's responsibilityTrace is merged: for a commitment, the posts that
// answered for it then (the posts its signer held on the signing date; the principal post of the body
// that made it, on the day it was made) with their holders then, and the post that answers on $at:
// the same post, or after a reorganisation (SUCCEEDED_BY, on or before $at) the post of the same title
// in the successor body, else the successor's principal post, with its holders on $at.
MATCH (c:Commitment {id: $commitmentId})
OPTIONAL MATCH (c)-[s:SIGNED_BY]->(signer:Person)
OPTIONAL MATCH (maker:Body)-[:MADE]->(c)
WITH c, signer, maker, coalesce(s.on, c.madeOn) AS signedOn
CALL (c, signer, maker, signedOn) {
  MATCH (signer)-[h:HELD]->(post:Post)
  WHERE signedOn IS NOT NULL AND h.from <= signedOn AND (h.to IS NULL OR signedOn < h.to)
  RETURN 'HELD_POST' AS basis, signedOn AS on, post
  UNION
  MATCH (maker)<-[:IN]-(post:Post {principal: true})
  RETURN 'PRINCIPAL_POST' AS basis, c.madeOn AS on, post
}
WITH basis, on, post, head([(post)-[:IN]->(b:Body) | b]) AS body
OPTIONAL MATCH succession = (body)-[:SUCCEEDED_BY*1..8]->(successor:Body)
WHERE all(l IN relationships(succession) WHERE l.on <= $at)
  AND NOT EXISTS { MATCH (successor)-[l2:SUCCEEDED_BY]->() WHERE l2.on <= $at }
WITH basis, on, post, body, successor
WITH basis, on, post, body, successor,
     CASE WHEN successor IS NULL THEN post
          ELSE coalesce(head([(successor)<-[:IN]-(p:Post) WHERE p.title = post.title | p]),
                        head([(successor)<-[:IN]-(p:Post) WHERE p.principal | p])) END AS nowPost
RETURN basis, on, post, body,
       [(x:Person)-[h:HELD]->(post) WHERE on IS NOT NULL AND h.from <= on AND (h.to IS NULL OR on < h.to)
        | {person: x, from: h.from, to: h.to}] AS holdersThen,
       CASE WHEN successor IS NULL THEN 'SAME_POST'
            WHEN nowPost.title = post.title THEN 'SUCCESSOR_POST'
            ELSE 'SUCCESSOR_PRINCIPAL' END AS nowBasis,
       nowPost, coalesce(successor, body) AS nowBody,
       [(x:Person)-[h:HELD]->(nowPost) WHERE h.from <= $at AND (h.to IS NULL OR $at < h.to)
        | {person: x, from: h.from, to: h.to}] AS holdersNow
ORDER BY CASE basis WHEN 'HELD_POST' THEN 0 ELSE 1 END, post.id
