// A company party to 150 contracts: a node with many links of one type, for paging.
CREATE (:Entity:Company {id: '91990100MA0000002X', name: '青禾建设集团有限公司'});
UNWIND range(1, 150) AS i
MATCH (hub:Company {id: '91990100MA0000002X'})
CREATE (:Entity:Contract {id: 'ct-hub-' + right('00' + i, 3), title: '施工合同' + i, kind: 'CONSTRUCTION'})-[:PARTY {role: 'CONTRACTOR'}]->(hub);
