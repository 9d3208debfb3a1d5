-- Two filters together (recipient and status, supplier and status) are the commonest ledger
-- questions ("what has Iran received?", "what has Russia delivered?"); give them their own indexes.
CREATE INDEX claims_recipient_status ON claims (recipient, status, published, id);
CREATE INDEX claims_supplier_status ON claims (supplier, status, published, id);
CREATE INDEX entries_recipient_status ON entries (recipient, status, last_reported, id);
CREATE INDEX entries_supplier_status ON entries (supplier, status, last_reported, id);
