-- Claims listed by category or by a pair of parties, filtered by the supply's time: the time
-- rides in the index the listing walks (no table lookup per row skipped), and a pair has its own.
DROP INDEX claims_category;
CREATE INDEX claims_category ON claims (category, published, id, event_date);
CREATE INDEX claims_pair ON claims (supplier, recipient, published, id, event_date);
