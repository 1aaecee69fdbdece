CREATE INDEX project_kind IF NOT EXISTS FOR (n:Project) ON (n.kind);
