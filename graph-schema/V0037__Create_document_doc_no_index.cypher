CREATE INDEX document_doc_no IF NOT EXISTS FOR (n:Document) ON (n.docNo);
