CREATE INDEX commitment_due_on IF NOT EXISTS FOR (n:Commitment) ON (n.dueOn);
