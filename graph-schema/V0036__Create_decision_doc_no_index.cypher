CREATE INDEX decision_doc_no IF NOT EXISTS FOR (n:Decision) ON (n.docNo);
