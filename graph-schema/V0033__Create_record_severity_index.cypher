CREATE INDEX record_severity IF NOT EXISTS FOR (n:Record) ON (n.severity);
