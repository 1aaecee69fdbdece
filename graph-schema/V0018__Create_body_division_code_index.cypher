CREATE INDEX body_division_code IF NOT EXISTS FOR (n:Body) ON (n.divisionCode);
