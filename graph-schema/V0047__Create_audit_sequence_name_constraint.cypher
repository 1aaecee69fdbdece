CREATE CONSTRAINT audit_sequence_name IF NOT EXISTS FOR (n:AuditSequence) REQUIRE n.name IS UNIQUE;
