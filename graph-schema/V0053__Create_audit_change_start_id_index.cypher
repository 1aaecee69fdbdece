CREATE INDEX audit_change_start_id IF NOT EXISTS FOR (n:AuditChange) ON (n.startId);
