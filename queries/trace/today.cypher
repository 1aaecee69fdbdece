CYPHER 25
// Who answers on $today (fragment/today) for each of many posts that answered then, for every trace: the
// post, and when it answered through a phase responsibility, that RESPONSIBLE edge (its phase, role, target
// and effective first day identify it). Parameters: $today (DATE), $subjects = [{key, postId, phaseId, role,
// targetId, from (DATE)}] (postId null for a person's responsibility; the others null without one).
UNWIND $subjects AS subject
OPTIONAL MATCH (thenPost:Post {id: subject.postId})
OPTIONAL CALL (subject) {
  MATCH (phase:Phase {id: subject.phaseId})-[responsibility:RESPONSIBLE]->(:Entity {id: subject.targetId})
  WITH responsibility, responsibility.role AS role, coalesce(responsibility.from, phase.from) AS since
  WHERE role = subject.role AND since = subject.from
  RETURN responsibility
  LIMIT 1
}
WITH subject.key AS key, thenPost, responsibility, $today AS today
// #include fragment/today
RETURN key, now
