CREATE INDEX audit_change_end_id IF NOT EXISTS FOR (n:AuditChange) ON (n.endId);
