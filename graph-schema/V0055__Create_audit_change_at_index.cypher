CREATE INDEX audit_change_at IF NOT EXISTS FOR (n:AuditChange) ON (n.at);
