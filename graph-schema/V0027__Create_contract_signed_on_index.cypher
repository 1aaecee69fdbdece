CREATE INDEX contract_signed_on IF NOT EXISTS FOR (n:Contract) ON (n.signedOn);
