CREATE INDEX body_name IF NOT EXISTS FOR (n:Body) ON (n.name);
