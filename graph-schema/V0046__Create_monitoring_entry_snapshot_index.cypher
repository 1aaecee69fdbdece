// The ranked bodies of a monthly monitoring snapshot are found by the snapshot's key.
CREATE INDEX monitoring_entry_snapshot IF NOT EXISTS FOR (n:MonitoringEntry) ON (n.snapshot);
