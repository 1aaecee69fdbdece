CREATE INDEX reports_to_from IF NOT EXISTS FOR ()-[r:REPORTS_TO]-() ON (r.from);
