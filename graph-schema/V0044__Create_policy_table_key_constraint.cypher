// Published versions of the rule and indicator tables (outside the domain model): one node per table,
// scope and version, never changed.
CREATE CONSTRAINT policy_table_key IF NOT EXISTS FOR (n:PolicyTable) REQUIRE n.key IS UNIQUE;
