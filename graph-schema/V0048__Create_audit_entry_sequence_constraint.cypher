CREATE CONSTRAINT audit_entry_sequence IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.sequence IS UNIQUE;
