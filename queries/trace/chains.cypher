CYPHER 25
// The leadership chains (fragment/chain) of many posts over many periods at once, for every trace.
// Parameters: $requests = [{key, postId, from (DATE), to (DATE or null), asOf (DATE)}].
UNWIND $requests AS request
MATCH (start:Post {id: request.postId})
WITH request.key AS key, start, request.from AS ws, request.to AS we, request.asOf AS asOf
// #include fragment/chain
RETURN key, chain
