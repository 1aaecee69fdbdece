CREATE INDEX record_status IF NOT EXISTS FOR (n:Record) ON (n.status);
