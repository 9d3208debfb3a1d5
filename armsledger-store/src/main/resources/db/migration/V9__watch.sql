-- armsledger watch: the sources it follows, what it has seen, and the ledger changes of each round.
-- A restart reads this and resumes: conditional-GET validators, seen article URLs, failures.
CREATE TABLE watch_sources (
  url                  TEXT PRIMARY KEY,
  outlet               TEXT,
  kind                 TEXT,
  etag                 TEXT,
  last_modified        TEXT,
  last_fetch           TEXT,
  last_ok              TEXT,
  last_status          INTEGER,
  last_error           TEXT,
  fetches              BIGINT NOT NULL DEFAULT 0,
  not_modified         BIGINT NOT NULL DEFAULT 0,
  failures             BIGINT NOT NULL DEFAULT 0,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_try             TEXT,
  articles             BIGINT NOT NULL DEFAULT 0,
  last_new             INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE watch_seen (
  url        TEXT PRIMARY KEY,
  source     TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  outcome    TEXT NOT NULL,
  attempts   INTEGER NOT NULL DEFAULT 1,
  doc        TEXT
);
CREATE INDEX watch_seen_retry ON watch_seen (outcome);
CREATE TABLE changes (
  id     TEXT PRIMARY KEY,
  at     TEXT NOT NULL,
  entry  TEXT NOT NULL,
  kind   TEXT NOT NULL,
  json   TEXT NOT NULL
);
CREATE INDEX changes_at ON changes (at, id);
