-- Lists read a summary of each entry (no members, no claim ids in the history, five main sources):
-- an entry of a thousand claims is a few KB to list, not hundreds.
ALTER TABLE entries ADD COLUMN summary TEXT;
-- supply-time filters on claims with a party (the report-time ones use the published indexes)
CREATE INDEX claims_supplier_event ON claims (supplier, event_date);
CREATE INDEX claims_recipient_event ON claims (recipient, event_date);
-- every entry is rebuilt with its summary
DELETE FROM dirty_groups;
INSERT INTO dirty_groups (group_key) SELECT DISTINCT group_key FROM claims;
