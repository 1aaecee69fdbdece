CREATE INDEX body_uscc IF NOT EXISTS FOR (n:Body) ON (n.uscc);
