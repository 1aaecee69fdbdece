CREATE CONSTRAINT audit_entry_idempotency_key IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.idempotencyKey IS UNIQUE;
