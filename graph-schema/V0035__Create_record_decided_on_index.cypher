CREATE INDEX record_decided_on IF NOT EXISTS FOR (n:Record) ON (n.decidedOn);
