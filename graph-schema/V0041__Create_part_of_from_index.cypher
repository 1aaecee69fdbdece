CREATE INDEX part_of_from IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.from);
