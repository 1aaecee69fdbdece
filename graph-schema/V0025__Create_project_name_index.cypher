CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
