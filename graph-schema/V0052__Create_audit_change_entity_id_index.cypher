CREATE INDEX audit_change_entity_id IF NOT EXISTS FOR (n:AuditChange) ON (n.entityId);
