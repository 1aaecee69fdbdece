CREATE INDEX record_kind IF NOT EXISTS FOR (n:Record) ON (n.kind);
