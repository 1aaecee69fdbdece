CREATE INDEX held_from IF NOT EXISTS FOR ()-[r:HELD]-() ON (r.from);
