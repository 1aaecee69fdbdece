CREATE INDEX project_phase IF NOT EXISTS FOR (n:Project) ON (n.phase);
