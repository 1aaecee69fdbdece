CREATE INDEX held_to IF NOT EXISTS FOR ()-[r:HELD]-() ON (r.to);
