// Policy documents (issue #12): the full-text index also covers `searchText`, the simplified-
// Chinese copy that the document importer stores beside a text written in traditional characters
// (the search query is folded to simplified characters as well), so either script finds either.
// An index cannot change its properties: it is dropped and created again, with the analyzer of V0042.
DROP INDEX search_text IF EXISTS;
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Body|Person|Post|Project|Decision|Contract|Company|Commitment|Record|Document|Task)
ON EACH [n.name, n.nameEn, n.title, n.titleEn, n.text, n.summary, n.docNo, n.uscc, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
