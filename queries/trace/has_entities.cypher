// Whether the graph holds any entity: a plan made on an empty graph is made again once data arrives (its
// statistics change), so the warm-up of the trace queries waits for data. No row on an empty graph.
MATCH (entity:Entity)
RETURN true AS found
LIMIT 1
