CREATE CONSTRAINT commitment_event_id IF NOT EXISTS FOR (n:CommitmentEvent) REQUIRE n.id IS UNIQUE;
