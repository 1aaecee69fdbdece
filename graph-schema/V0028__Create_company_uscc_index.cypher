CREATE INDEX company_uscc IF NOT EXISTS FOR (n:Company) ON (n.uscc);
