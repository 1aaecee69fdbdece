CYPHER 25
// The posts that answer for each of many acts on its date (fragment/answerable), for every trace.
// Parameters: $acts = [{key, actorId, on (DATE), objectId (null for none)}].
UNWIND $acts AS act
MATCH (actor:Entity {id: act.actorId})
OPTIONAL MATCH (object:Entity {id: act.objectId})
WITH act.key AS key, actor, act.on AS actOn, object
// #include fragment/answerable
RETURN key, answerable
