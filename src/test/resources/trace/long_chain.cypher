// A reporting chain longer than the hop bound (20): 长链0 -> 长链1 -> ... -> 长链24, all in 长链办.
CREATE (:Entity:Body {id: 'bd-long', name: '长链办', kind: 'PUBLIC_INSTITUTION'});
UNWIND range(0, 24) AS i
MATCH (body:Body {id: 'bd-long'})
CREATE (:Entity:Post {id: 'po-long-' + i, title: '长链' + i, principal: false})-[:IN]->(body);
UNWIND range(0, 23) AS i
MATCH (a:Post {id: 'po-long-' + i}), (b:Post {id: 'po-long-' + (i + 1)})
CREATE (a)-[:REPORTS_TO {from: date('2015-01-01')}]->(b);
