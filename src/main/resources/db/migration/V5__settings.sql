-- The workstation's settings, per user profile. Each setting is one named value (beam size,
-- translation-memory threshold, the database to use from the next start); the model chosen for a
-- language pair is a row of its own; whether a glossary is in use belongs to the glossary.
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

-- Existing glossaries stay in use.
ALTER TABLE glossary ADD COLUMN in_use INTEGER NOT NULL DEFAULT 1 CHECK (in_use IN (0, 1));
