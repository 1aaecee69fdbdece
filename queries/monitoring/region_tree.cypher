CYPHER 25
// 监测范围: the bodies of region $regionId on $at — the region itself and every body below it through PART_OF
// links valid on $at (at most 8 levels) — each with the child of the region it lies under (unitId; null for the
// region itself): the body it is ranked with.
// Parameters: $regionId, $at (DATE).
MATCH (region:Body {id: $regionId})
MATCH path = (region)(()<-[p:PART_OF WHERE (p.from IS NULL OR p.from <= $at) AND (p.to IS NULL OR $at < p.to)]-()){0,8}(body:Body)
WITH body, path
ORDER BY length(path)
WITH body, head(collect(path)) AS path
RETURN body, length(path) AS depth, CASE WHEN length(path) = 0 THEN null ELSE nodes(path)[1].id END AS unitId
ORDER BY depth, body.id
