// Monthly monitoring snapshots (outside the domain model): one per region, month and window, never changed.
CREATE CONSTRAINT monitoring_snapshot_key IF NOT EXISTS FOR (n:MonitoringSnapshot) REQUIRE n.key IS UNIQUE;
