// Who answers on $at for each of the posts $postIds (责任人现状): the same post while its body stands;
// after a reorganisation (SUCCEEDED_BY on or before $at, followed to the last successor) the post of the
// same title in the successor, else the successor's principal post; with the holders on $at (none: vacant).
UNWIND $postIds AS postId
MATCH (post:Post {id: postId})
OPTIONAL MATCH (post)-[:IN]->(body:Body)
OPTIONAL MATCH succession = (body)-[:SUCCEEDED_BY*1..8]->(successor:Body)
WHERE all(l IN relationships(succession) WHERE l.on <= $at)
  AND NOT EXISTS { MATCH (successor)-[l2:SUCCEEDED_BY]->() WHERE l2.on <= $at }
WITH post, body, successor,
     CASE WHEN successor IS NULL THEN post
          ELSE coalesce(head([(successor)<-[:IN]-(p:Post) WHERE p.title = post.title | p]),
                        head([(successor)<-[:IN]-(p:Post) WHERE p.principal | p])) END AS nowPost
WHERE nowPost IS NOT NULL
RETURN post.id AS postId,
       CASE WHEN successor IS NULL THEN 'SAME_POST'
            WHEN nowPost.title = post.title THEN 'SUCCESSOR_POST'
            ELSE 'SUCCESSOR_PRINCIPAL' END AS basis,
       nowPost, coalesce(successor, body) AS nowBody,
       [(x:Person)-[h:HELD]->(nowPost) WHERE h.from <= $at AND (h.to IS NULL OR $at < h.to)
        | {person: x, from: h.from, to: h.to}] AS holders
