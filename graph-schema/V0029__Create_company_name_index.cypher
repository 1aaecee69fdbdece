CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
