-- Append-only, hash-chained history of translation jobs and segment changes.
-- Each row carries the hash of the row before it (previous_hash) and its own hash over
-- its content and previous_hash; org.rendition.history.HashChain defines both.

CREATE TABLE history_event (
    sequence        INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL,
    job_id          TEXT    NOT NULL,
    occurred_at     TEXT    NOT NULL,
    os_user         TEXT    NOT NULL,
    document        TEXT,
    source_lang     TEXT,
    target_lang     TEXT,
    model_name      TEXT,
    model_hash      TEXT,
    segment_index   INTEGER,
    source_text     TEXT,
    machine_output  TEXT,
    final_text      TEXT,
    tm_hits         TEXT    NOT NULL,
    glossary_hits   TEXT    NOT NULL,
    previous_hash   TEXT    NOT NULL,
    hash            TEXT    NOT NULL
);

CREATE INDEX history_event_by_job ON history_event (job_id);

-- The head records the last row, so that deleting rows from the end is detected too.
CREATE TABLE history_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    sequence  INTEGER NOT NULL,
    hash      TEXT    NOT NULL
);

-- The application never updates or deletes history; these triggers make an accidental
-- attempt fail loudly. Someone editing the file directly can drop them, which is what
-- the hash chain is for.
CREATE TRIGGER history_event_is_append_only_update BEFORE UPDATE ON history_event
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_event_is_append_only_delete BEFORE DELETE ON history_event
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
