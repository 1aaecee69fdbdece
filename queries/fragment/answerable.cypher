// ---- fragment/answerable: the posts that answer for an act on its date ----
// In scope: actor (a Person, Body or Post), actOn (the date of the act), object (what was signed or decided:
// a Contract, Commitment or Decision; null for other acts). Gives answerable = [{post, basis, through}]:
// - a person who signed in a recorded capacity (SIGNED_AS of the object; when the object has several
//   signers, one of those posts the signer held that day) answers through that post: SIGNED_AS_POST;
// - else a person answers through the posts held on the date; when there are several, only those in the
//   acting body (the body that made the commitment, a body party to the contract, a body that took the
//   decision) or in a body under it (PART_OF on the date, at most ${PART_OF_HOPS} levels):
//   HELD_POST_IN_ACTING_BODY; when none is, all of them: HELD_POST;
// - a body answers through its principal post(s): PRINCIPAL_POST;
// - a post (assigned a phase) answers as itself: RESPONSIBLE_POST.
// `through` is the edge that makes the post answer (SIGNED_AS, HELD or IN; null for a post). A person the caller
// may not see (the disclosure rules, $disclosure) answers through no post.
CALL (actor, actOn, object) {
  OPTIONAL CALL (actor, actOn, object) {
    MATCH (actor:Person)
    WHERE /*+visible(actor:Person)*/ true
    WITH actor, actOn, object,
         COLLECT {
           MATCH (actor)-[held:HELD]->(post:Post)
           WITH post, held, held.from AS since, held.to AS until
           WHERE since <= actOn AND (until IS NULL OR actOn < until)
           RETURN {post: post, through: held} AS holding
         } AS held,
         coalesce([(object)-[signedAs:SIGNED_AS]->(post:Post) | {post: post, through: signedAs}], []) AS declared,
         coalesce(size([(object)-[signed:SIGNED_BY]->(:Person) | signed]), 0) AS signers,
         coalesce([(object)<-[:MADE]-(body:Body) | body], []) + coalesce([(object)-[:PARTY]->(body:Body) | body], [])
           + coalesce([(object)-[:DECIDED_BY]->(body:Body) | body], []) AS acting
    WITH actor, actOn, held, acting,
         [capacity IN declared WHERE signers = 1 OR any(holding IN held WHERE holding.post = capacity.post)] AS declared
    UNWIND CASE WHEN size(declared) > 0 THEN declared ELSE held END AS choice
    WITH actOn, acting, size(declared) > 0 AS declaredCapacity, size(held) AS heldCount, choice.post AS post,
         choice.through AS through
    OPTIONAL CALL (post, actOn, acting) {
      MATCH (post)-[:IN]->(:Body)-[parts:PART_OF*0..${PART_OF_HOPS}]->(body:Body)
      WHERE body IN acting AND all(part IN parts WHERE coalesce(part.from, actOn) <= actOn AND (part.to IS NULL OR actOn < part.to))
      RETURN true AS inActingBody
      LIMIT 1
    }
    WITH declaredCapacity, heldCount, collect({post: post, through: through, inActing: coalesce(inActingBody, false)}) AS choices
    WITH declaredCapacity,
         CASE WHEN NOT declaredCapacity AND heldCount > 1 THEN [choice IN choices WHERE choice.inActing] ELSE [] END AS preferred,
         choices
    UNWIND CASE WHEN size(preferred) > 0 THEN preferred ELSE choices END AS choice
    RETURN choice.post AS post,
           CASE WHEN declaredCapacity THEN 'SIGNED_AS_POST' WHEN size(preferred) > 0 THEN 'HELD_POST_IN_ACTING_BODY'
                ELSE 'HELD_POST' END AS basis,
           choice.through AS through
    UNION
    MATCH (actor:Body)<-[through:IN]-(post:Post {principal: true})
    RETURN post, 'PRINCIPAL_POST' AS basis, through
    UNION
    MATCH (actor:Post)
    RETURN actor AS post, 'RESPONSIBLE_POST' AS basis, null AS through
  }
  WITH post, basis, through
  ORDER BY post.id
  LIMIT ${MAX_ITEMS_PLUS_ONE}
  RETURN collect(CASE WHEN post IS NOT NULL THEN {post: post, basis: basis, through: through} END) AS answerable
}
// ---- end of fragment/answerable ----
