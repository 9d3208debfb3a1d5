-- armsledger store, version 1: documents, evidence sentences, claims, ledger entries.
-- Portable between SQLite and PostgreSQL: TEXT, INTEGER, DOUBLE PRECISION; booleans as 0/1;
-- unknown dates in the entry ordering columns as '' so that they sort last under DESC in both.

CREATE TABLE documents (
  doc             TEXT PRIMARY KEY,
  content_hash    TEXT NOT NULL,
  text_hash       TEXT NOT NULL,
  extractor       TEXT NOT NULL,
  title           TEXT,
  uri             TEXT,
  outlet          TEXT,
  byline          TEXT,
  published       TEXT,
  genre           TEXT,
  language        TEXT,
  file            TEXT,
  format          TEXT,
  location        TEXT,
  origin          TEXT NOT NULL,
  duplicate_of    TEXT,
  syndicated_from TEXT,
  similarity      DOUBLE PRECISION,
  sentences       INTEGER NOT NULL,
  claims          INTEGER NOT NULL,
  ingested_at     TEXT NOT NULL
);
CREATE INDEX documents_text_hash ON documents (text_hash);
CREATE INDEX documents_content_hash ON documents (content_hash);

-- the sentences claims were read from, with their span in the raw input where known
CREATE TABLE sentences (
  doc          TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  raw_start    INTEGER,
  raw_end      INTEGER,
  PRIMARY KEY (doc, start_offset, end_offset)
);

CREATE TABLE claims (
  id             TEXT PRIMARY KEY,
  doc            TEXT NOT NULL,
  group_key      TEXT NOT NULL,
  entry          TEXT,
  relation       TEXT NOT NULL,
  supplier       TEXT NOT NULL,
  supplier_name  TEXT NOT NULL,
  recipient      TEXT NOT NULL,
  recipient_name TEXT NOT NULL,
  category       TEXT NOT NULL,
  designation    TEXT,
  item_key       TEXT NOT NULL,
  item_text      TEXT,
  quantity_text  TEXT,
  quantity_value DOUBLE PRECISION,
  status         TEXT NOT NULL,
  negated        INTEGER NOT NULL,
  time_text      TEXT,
  time_start     TEXT,
  time_end       TEXT,
  source_name    TEXT,
  source_kind    TEXT NOT NULL,
  published      TEXT NOT NULL,
  outlet         TEXT,
  origin         TEXT NOT NULL,
  confidence     DOUBLE PRECISION NOT NULL,
  ev_start       INTEGER NOT NULL,
  ev_end         INTEGER NOT NULL,
  evidence       TEXT NOT NULL,
  json           TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims (doc);
CREATE INDEX claims_group ON claims (group_key);
CREATE INDEX claims_entry ON claims (entry);
CREATE INDEX claims_published ON claims (published, id);
CREATE INDEX claims_supplier ON claims (supplier, published, id);
CREATE INDEX claims_recipient ON claims (recipient, published, id);
CREATE INDEX claims_item ON claims (item_key, published, id);
CREATE INDEX claims_category ON claims (category, published, id);
CREATE INDEX claims_status ON claims (status, published, id);

CREATE TABLE entries (
  id             TEXT PRIMARY KEY,
  group_key      TEXT NOT NULL,
  relation       TEXT NOT NULL,
  supplier       TEXT NOT NULL,
  supplier_name  TEXT NOT NULL,
  recipient      TEXT NOT NULL,
  recipient_name TEXT NOT NULL,
  category       TEXT NOT NULL,
  designation    TEXT,
  item_key       TEXT NOT NULL,
  status         TEXT NOT NULL,
  disputed       INTEGER NOT NULL,
  first_reported TEXT NOT NULL,
  last_reported  TEXT NOT NULL,
  event_start    TEXT,
  event_end      TEXT,
  claims         INTEGER NOT NULL,
  documents      INTEGER NOT NULL,
  outlets        INTEGER NOT NULL,
  origins        INTEGER NOT NULL,
  json           TEXT NOT NULL
);
CREATE INDEX entries_group ON entries (group_key);
CREATE INDEX entries_last ON entries (last_reported, id);
CREATE INDEX entries_supplier ON entries (supplier, last_reported, id);
CREATE INDEX entries_recipient ON entries (recipient, last_reported, id);
CREATE INDEX entries_item ON entries (item_key, last_reported, id);
CREATE INDEX entries_category ON entries (category, last_reported, id);
CREATE INDEX entries_status ON entries (status, last_reported, id);

-- groups whose claims changed since their entries were last built; emptied by Store.refresh()
CREATE TABLE dirty_groups (
  group_key TEXT PRIMARY KEY
);

CREATE TABLE actors (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
);
