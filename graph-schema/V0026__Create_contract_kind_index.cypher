CREATE INDEX contract_kind IF NOT EXISTS FOR (n:Contract) ON (n.kind);
