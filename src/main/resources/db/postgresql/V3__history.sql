-- The hash-chained history, as db/migration/V3 (SQLite). On the server the head is not written
-- by the application: a trigger owned by the database owner keeps it (see
-- R__team_privileges.sql), and no login but the owner may write it, so it anchors the chain
-- where an analyst cannot reach.

CREATE TABLE history_event (
    sequence        BIGINT  PRIMARY KEY,
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

-- row_count lets 'history verify' notice rows deleted by someone who also rewrote the head.
CREATE TABLE history_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    sequence   BIGINT  NOT NULL,
    hash       TEXT    NOT NULL,
    row_count  BIGINT  NOT NULL
);

INSERT INTO history_head (id, sequence, hash, row_count)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
