CREATE INDEX commitment_status IF NOT EXISTS FOR (n:Commitment) ON (n.status);
