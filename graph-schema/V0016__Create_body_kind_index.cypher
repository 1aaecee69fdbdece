CREATE INDEX body_kind IF NOT EXISTS FOR (n:Body) ON (n.kind);
