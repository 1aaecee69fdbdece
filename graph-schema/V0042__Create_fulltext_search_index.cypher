// One full-text index over every searchable text. The 'cjk' analyzer indexes Chinese as
// bigrams (so a one-character query matches nothing; the API falls back to a substring scan)
// and English as lower-cased words.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Body|Person|Post|Project|Decision|Contract|Company|Commitment|Record|Document|Task)
ON EACH [n.name, n.nameEn, n.title, n.titleEn, n.text, n.summary, n.docNo, n.uscc]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
