CREATE INDEX body_level IF NOT EXISTS FOR (n:Body) ON (n.level);
