-- Settings, as db/migration/V5 (SQLite); on the server they are the team's.
CREATE TABLE setting (
    name     TEXT PRIMARY KEY,
    value    TEXT NOT NULL,
    changed  TEXT NOT NULL
);

CREATE TABLE pair_model (
    source_lang  TEXT NOT NULL,
    target_lang  TEXT NOT NULL,
    model        TEXT NOT NULL,
    changed      TEXT NOT NULL,
    PRIMARY KEY (source_lang, target_lang)
);

ALTER TABLE glossary ADD COLUMN in_use INTEGER NOT NULL DEFAULT 1 CHECK (in_use IN (0, 1));
